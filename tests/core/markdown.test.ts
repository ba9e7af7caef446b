import { describe, expect, it } from 'vitest';
import { findImages, isImageLine, isVideoUrl, linkCard, unescapeMarkdown, withoutImages } from '../../src/core/markdown';
import { contentRange, joinText, toLines } from '../../src/core/lines';

describe('markdown readings', () => {
  it('undoes backslash escapes', () => {
    expect(unescapeMarkdown('\\_do\\_not\\_know\\_xxx \\-Zho- \\[1\\]')).toBe('_do_not_know_xxx -Zho- [1]');
    expect(unescapeMarkdown('no escapes')).toBe('no escapes');
  });

  it('finds images and image-only lines', () => {
    const line = '![Image](https://pbs.twimg.com/media/A.jpg) ![图像](https://pbs.twimg.com/media/B.png)';
    expect(findImages(line)).toEqual([
      { alt: 'Image', url: 'https://pbs.twimg.com/media/A.jpg' },
      { alt: '图像', url: 'https://pbs.twimg.com/media/B.png' },
    ]);
    expect(isImageLine(line)).toBe(true);
    expect(isImageLine(`text ${line}`)).toBe(false);
    expect(withoutImages(`text ${line}`)).toBe('text');
  });

  it('reads link cards and video thumbnails', () => {
    expect(linkCard('[github.com GitHub - a/b](https://t.co/Lhl1v2U3Ac)')).toEqual({ title: 'github.com GitHub - a/b', url: 'https://t.co/Lhl1v2U3Ac' });
    expect(linkCard('see [a](https://t.co/x) here')).toBeNull();
    expect(isVideoUrl('https://pbs.twimg.com/ext_tw_video_thumb/1/pu/img/a.jpg')).toBe(true);
    expect(isVideoUrl('https://pbs.twimg.com/media/A.jpg')).toBe(false);
  });
});

describe('lines', () => {
  it('keeps offsets through CRLF and a missing final newline', () => {
    const text = 'a\r\nbb\n\nc';
    const lines = toLines(text);
    expect(lines.map((l) => l.text)).toEqual(['a', 'bb', '', 'c']);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
    expect(contentRange(lines)).toEqual({ start: 0, end: text.length });
  });

  it('joins text trimming and collapsing blank lines', () => {
    expect(joinText(['', 'a', '', '', 'b', ''])).toBe('a\n\nb');
  });
});

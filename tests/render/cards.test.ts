// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderCapture } from '../../src/render';
import { NOW, cardBy, cards, modeButton, mount, visibleText } from '../fixtures/render/dom';
import { makePost, makeQuote, makeReport, sampleReport } from '../fixtures/render/reports';

afterEach(() => {
  document.body.replaceChildren();
});

describe('header', () => {
  test('title, layout, counts and source link', () => {
    const { container } = mount(sampleReport());
    const header = container.querySelector('.x-cap-header') as HTMLElement;
    expect(header.querySelector('.x-cap-title')?.textContent).toBe('Thread by @dotey');
    expect(header.querySelector('.x-cap-layout')?.textContent).toBe('Thread');
    expect(header.querySelector('.x-cap-count')?.textContent).toBe('4 posts, 1 ad');
    const source = header.querySelector('a.x-cap-source') as HTMLAnchorElement;
    expect(source.getAttribute('href')).toBe('https://x.com/dotey/status/1910445678658281935');
    expect(source.textContent).toBe('x.com/dotey/status/1910445678658281935');
    expect(source.getAttribute('rel')).toBe('noopener noreferrer');
    expect(source.getAttribute('target')).toBe('_blank');
  });

  test('a source that is not http(s) is plain text', () => {
    const { container } = mount(makeReport([makePost()], { source: { url: 'file:///etc/passwd', handle: null, statusId: null } }));
    expect(container.querySelector('a.x-cap-source')).toBeNull();
    expect(container.querySelector('span.x-cap-source')?.textContent).toBe('file:///etc/passwd');
  });

  test('the title falls back to the handle, then the file name', () => {
    const byHandle = mount(makeReport([makePost()], { title: null })).container;
    expect(byHandle.querySelector('.x-cap-title')?.textContent).toBe('Post by @dotey');
    const byFile = mount(makeReport([makePost()], { title: '  ', source: { url: null, handle: null, statusId: null }, file: 'a/b/My clip.md' })).container;
    expect(byFile.querySelector('.x-cap-title')?.textContent).toBe('My clip');
  });

  test('the whole-note toggle shows only when some post has a translation', () => {
    const { container } = mount(sampleReport());
    const toggle = container.querySelector('.x-cap-header .x-cap-toggle') as HTMLElement;
    expect(toggle.getAttribute('role')).toBe('group');
    expect(toggle.getAttribute('aria-label')).toBe('Language of the whole note');
    expect(Array.from(toggle.querySelectorAll('button')).map((b) => [b.textContent, b.getAttribute('aria-label'), b.getAttribute('aria-pressed')])).toEqual([
      ['Original', 'Show original (English)', 'false'],
      ['Translation', 'Show translation (Chinese)', 'false'],
      ['Both', 'Show both original and translation', 'true'],
    ]);
    expect(container.querySelector('.x-cap-header .x-cap-lang-pair')?.textContent).toBe('English → Chinese');

    const plain = mount(makeReport([makePost({ role: 'main', depth: 0 })])).container;
    expect(plain.querySelector('.x-cap-toggle')).toBeNull();
  });

  test('language names follow the reader locale', () => {
    const { container } = mount(sampleReport(), { locale: 'zh-CN' });
    expect(container.querySelector('.x-cap-header .x-cap-lang-pair')?.textContent).toBe('英语 → 中文');
  });

  test('a note that is not a capture says so, with the reasons', () => {
    const report = makeReport([], { isCapture: false, layout: null, reasons: ['source is not X (www.youtube.com)'], title: 'A video' });
    const { container } = mount(report);
    expect(container.querySelector('.x-cap-notice')?.textContent).toContain('does not look like an X (Twitter) capture');
    expect(container.querySelector('.x-cap-reasons li')?.textContent).toBe('source is not X (www.youtube.com)');
    expect(cards(container)).toHaveLength(0);
  });
});

describe('cards', () => {
  test('one article per post, labelled by author', () => {
    const { container } = mount(sampleReport());
    expect(cards(container).map((c) => c.getAttribute('aria-label'))).toEqual([
      'Post by 宝玉',
      'Post by 宝玉',
      'Post by Kevin Henrikson',
      'Promoted post by HUDI',
      'Post by 宝玉',
    ]);
  });

  test('author line: avatar initials and colour class, name, handle linking to the profile', () => {
    const { container } = mount(sampleReport());
    const card = cardBy(container, 'Kevin Henrikson');
    const avatar = card.querySelector('.x-cap-avatar') as HTMLElement;
    expect(avatar.textContent).toBe('KH');
    expect(avatar.getAttribute('aria-hidden')).toBe('true');
    expect(Array.from(avatar.classList).filter((c) => /^x-cap-avatar-c[0-7]$/.test(c))).toHaveLength(1);
    expect(card.querySelector('.x-cap-name')?.textContent).toBe('Kevin Henrikson');
    const handle = card.querySelector('a.x-cap-handle') as HTMLAnchorElement;
    expect(handle.textContent).toBe('@KevinHenrikson');
    expect(handle.getAttribute('href')).toBe('https://x.com/KevinHenrikson');
  });

  test('date: <time> with datetime and exact title, linked to the post', () => {
    const report = makeReport([
      makePost({ role: 'main', depth: 0, time: '2025-04-10T09:30:00.000Z', url: 'https://x.com/alice/status/1' }),
      makePost({ author: { name: 'Old', handle: 'old' }, date: '2024-01-05', url: 'javascript:alert(1)' }),
    ]);
    const { container } = mount(report);
    const [first, second] = cards(container);
    const link = first.querySelector('a.x-cap-date-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://x.com/alice/status/1');
    const time = link.querySelector('time') as HTMLTimeElement;
    expect(time.textContent).toBe('2 days ago');
    expect(time.getAttribute('datetime')).toBe('2025-04-10T09:30:00.000Z');
    expect(time.getAttribute('title')).toBe('Thursday, April 10th, 2025 at 9:30:00 AM');
    expect(second.querySelector('a.x-cap-date-link')).toBeNull();
    expect(second.querySelector('time')?.textContent).toBe('Jan 5, 2024');
  });

  test('text: paragraphs on blank lines, line breaks kept, links, mentions, hashtags, escapes', () => {
    const text = 'Line one  \nline two\n\nSee https://example.com/page and [docs](https://docs.example.com) by @bob\\_x #AI \\*not bold\\*';
    const { container } = mount(makeReport([makePost({ role: 'main', depth: 0, text: { original: text, translation: null } })]));
    const paragraphs = Array.from(container.querySelectorAll('.x-cap-text p'));
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0].querySelectorAll('br')).toHaveLength(1);
    expect(visibleText(paragraphs[0])).toBe('Line one\nline two');
    const links = Array.from(paragraphs[1].querySelectorAll('a')).map((a) => [a.className, a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([
      ['x-cap-link', 'https://example.com/page', 'example.com/page'],
      ['x-cap-link', 'https://docs.example.com/', 'docs'],
      ['x-cap-mention', 'https://x.com/bob_x', '@bob_x'],
    ]);
    expect(paragraphs[1].querySelector('.x-cap-hashtag')?.textContent).toBe('#AI');
    expect(paragraphs[1].textContent?.endsWith('*not bold*')).toBe(true);
  });

  test('roles: main emphasized, thread posts marked and joined, replies indented by depth, author replies marked', () => {
    const report = makeReport([
      makePost({ role: 'main', depth: 0, author: { name: 'Main', handle: 'Dotey' } }),
      makePost({ role: 'thread', depth: 0, author: { name: 'Main', handle: 'dotey' } }),
      makePost({ role: 'thread', depth: 0, author: { name: 'Main', handle: 'dotey' } }),
      makePost({ depth: 1, author: { name: 'Other', handle: 'other' } }),
      makePost({ depth: 2, author: { name: 'Main', handle: 'DOTEY' } }),
      makePost({ depth: 11, author: { name: 'Deep', handle: 'deep' } }),
    ]);
    const [main, t1, t2, reply, authorReply, deep] = cards(mount(report).container);
    expect(main.classList).toContain('x-cap-role-main');
    expect(main.classList).toContain('x-cap-thread-continues');
    expect(t1.classList).toContain('x-cap-thread-continues');
    expect(t2.classList).toContain('x-cap-in-thread');
    expect(t2.classList).not.toContain('x-cap-thread-continues');
    expect(t1.querySelector('.x-cap-badge--thread')?.textContent).toBe('Thread');
    expect(main.querySelector('.x-cap-badge')).toBeNull();
    expect(reply.classList).toContain('x-cap-depth-1');
    expect(reply.querySelector('.x-cap-badge')).toBeNull();
    expect(authorReply.classList).toContain('x-cap-depth-2');
    expect(authorReply.querySelector('.x-cap-badge--author')?.textContent).toBe('Author');
    expect(deep.classList).toContain('x-cap-depth-6');
  });

  test('images: lazy, no referrer, alt kept, grid columns by count, non-http skipped', () => {
    const media = [
      { kind: 'image' as const, url: 'https://pbs.twimg.com/media/a?format=jpg', alt: 'A cat' },
      { kind: 'image' as const, url: 'https://pbs.twimg.com/media/b?format=jpg' },
      { kind: 'image' as const, url: 'http://example.com/c.png' },
      { kind: 'image' as const, url: 'https://pbs.twimg.com/media/d?format=png' },
      { kind: 'image' as const, url: 'javascript:alert(1)' },
    ];
    const { container } = mount(makeReport([makePost({ role: 'main', depth: 0, media })]));
    const grid = container.querySelector('.x-cap-media-grid') as HTMLElement;
    expect(grid.classList).toContain('x-cap-media-cols-2');
    const images = Array.from(grid.querySelectorAll('img'));
    expect(images.map((i) => i.getAttribute('src'))).toEqual([
      'https://pbs.twimg.com/media/a?format=jpg',
      'https://pbs.twimg.com/media/b?format=jpg',
      'http://example.com/c.png',
      'https://pbs.twimg.com/media/d?format=png',
    ]);
    for (const img of images) {
      expect(img.getAttribute('loading')).toBe('lazy');
      expect(img.getAttribute('decoding')).toBe('async');
      expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    }
    expect(images[0].getAttribute('alt')).toBe('A cat');
    expect(images[1].getAttribute('alt')).toBe('Image');
    expect((images[0].parentElement as HTMLElement).tagName).toBe('BUTTON');
    expect(images[0].parentElement?.getAttribute('aria-label')).toBe('Enlarge image: A cat');
  });

  test('clicking an image opens it in a dialog that Escape closes, focus returns', () => {
    const media = [{ kind: 'image' as const, url: 'https://pbs.twimg.com/media/a?format=jpg', alt: 'A cat' }];
    const { container } = mount(makeReport([makePost({ role: 'main', depth: 0, media })]));
    const button = container.querySelector('.x-cap-image-button') as HTMLButtonElement;
    button.focus();
    button.click();
    const dialog = container.querySelector('dialog.x-cap-lightbox') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.querySelector('img')?.getAttribute('src')).toBe('https://pbs.twimg.com/media/a?format=jpg');
    expect(dialog.querySelector('figcaption')?.textContent).toBe('A cat');
    expect(document.activeElement).toBe(dialog.querySelector('.x-cap-lightbox-close'));
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  test('link cards and video cards', () => {
    const media = [
      { kind: 'link' as const, url: 'https://www.example.com/article', alt: 'An article' },
      { kind: 'video' as const, url: 'https://video.twimg.com/v.mp4' },
      { kind: 'link' as const, url: 'javascript:alert(1)' },
    ];
    const { container } = mount(makeReport([makePost({ role: 'main', depth: 0, media })]));
    const link = container.querySelector('a.x-cap-link-card:not(.x-cap-video-card)') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://www.example.com/article');
    expect(link.querySelector('.x-cap-link-card-title')?.textContent).toBe('An article');
    expect(link.getAttribute('aria-label')).toBe('Link: An article (example.com)');
    const video = container.querySelector('a.x-cap-video-card') as HTMLAnchorElement;
    expect(video.querySelector('.x-cap-play-badge')?.getAttribute('aria-hidden')).toBe('true');
    expect(video.querySelector('.x-cap-link-card-title')?.textContent).toBe('Video');
    expect(container.querySelectorAll('a.x-cap-link-card')).toHaveLength(2);
  });

  test('quoted post: nested card with author, or "Quoted post" when unknown', () => {
    const report = makeReport([
      makePost({ role: 'main', depth: 0, quote: makeQuote({ media: [{ kind: 'image', url: 'https://pbs.twimg.com/q.jpg' }] }) }),
      makePost({ quote: makeQuote({ author: null, date: '2025-04-01', url: null }) }),
    ]);
    const [first, second] = cards(mount(report).container);
    const quote = first.querySelector('article.x-cap-quote') as HTMLElement;
    expect(quote.getAttribute('aria-label')).toBe('Quoted post by Sam');
    expect(quote.querySelector('.x-cap-handle')?.textContent).toBe('@sama');
    expect(quote.querySelector('a.x-cap-date-link')?.getAttribute('href')).toBe('https://x.com/sama/status/1910000000000000000');
    expect(quote.querySelector('.x-cap-quote-body img')?.getAttribute('src')).toBe('https://pbs.twimg.com/q.jpg');
    const anonymous = second.querySelector('article.x-cap-quote') as HTMLElement;
    expect(anonymous.getAttribute('aria-label')).toBe('Quoted post');
    expect(anonymous.querySelector('.x-cap-quote-label')?.textContent).toBe('Quoted post');
    expect(anonymous.querySelector('time')?.getAttribute('datetime')).toBe('2025-04-01');
  });
});

describe('language toggle', () => {
  const translated = () =>
    makeReport([
      makePost({
        role: 'main',
        depth: 0,
        language: { original: 'en', translation: 'zh' },
        text: { original: 'Hello\n\nWorld', translation: '你好\n\n世界' },
        segments: [
          { original: 'Hello', translation: '你好' },
          { original: 'Untranslated line', translation: null },
          { original: 'World', translation: '世界' },
        ],
      }),
      makePost({ author: { name: 'Plain', handle: 'plain' }, text: { original: 'No translation here', translation: null } }),
      makePost({
        author: { name: 'Quoter', handle: 'quoter' },
        language: { original: 'zh', translation: null },
        text: { original: '看这个', translation: null },
        quote: makeQuote({ split: { original: 'Quoted English', translation: '引用的中文' }, language: { original: 'en', translation: 'zh' } }),
      }),
    ]);

  test('cards without a translation have no toggle', () => {
    const { container } = mount(translated());
    expect(cardBy(container, 'Plain').querySelector('.x-cap-toggle')).toBeNull();
    expect(cardBy(container, 'Quoter').querySelector('.x-cap-toggle')).not.toBeNull();
  });

  test('modes show original, translation (original where none) or both, marked', () => {
    const { container, handle } = mount(translated(), { mode: 'original' });
    const main = cards(container)[0];
    const text = (): string => visibleText(main.querySelector('.x-cap-text') as HTMLElement);
    expect(text()).toBe('HelloUntranslated lineWorld');
    handle.setMode('translation');
    expect(text()).toBe('你好Untranslated line世界');
    handle.setMode('both');
    expect(text()).toBe('HelloChinese translation你好Untranslated lineWorld世界');
    expect(main.querySelectorAll('.x-cap-translation-label')).toHaveLength(1);
    const translation = main.querySelector('.x-cap-translation-text') as HTMLElement;
    expect(translation.getAttribute('lang')).toBe('zh');
    expect(main.querySelector('.x-cap-original')?.getAttribute('lang')).toBe('en');
  });

  test('a card toggle overrides the note mode for that card until the note mode changes', () => {
    const onModeChange = vi.fn();
    const { container, handle } = mount(translated(), { mode: 'original', onModeChange });
    const main = cards(container)[0];
    const quoter = cardBy(container, 'Quoter');
    modeButton(main, 'translation').click();
    expect(modeButton(main, 'translation').getAttribute('aria-pressed')).toBe('true');
    expect(modeButton(main, 'original').getAttribute('aria-pressed')).toBe('false');
    expect(visibleText(main.querySelector('.x-cap-text') as HTMLElement)).toBe('你好Untranslated line世界');
    expect(visibleText(quoter.querySelector('.x-cap-quote-body') as HTMLElement)).toBe('Quoted English');
    expect(onModeChange).not.toHaveBeenCalled();
    expect(handle.mode).toBe('original');

    const header = container.querySelector('.x-cap-header') as HTMLElement;
    modeButton(header, 'both').click();
    expect(onModeChange).toHaveBeenCalledWith('both');
    expect(handle.mode).toBe('both');
    expect(modeButton(header, 'both').getAttribute('aria-pressed')).toBe('true');
    expect(modeButton(main, 'both').getAttribute('aria-pressed')).toBe('true');
    expect(visibleText(quoter.querySelector('.x-cap-quote-body') as HTMLElement)).toBe('Quoted EnglishChinese translation引用的中文');

    modeButton(quoter, 'translation').click();
    expect(visibleText(quoter.querySelector('.x-cap-quote-body') as HTMLElement)).toBe('引用的中文');
    handle.setMode('original');
    expect(modeButton(quoter, 'original').getAttribute('aria-pressed')).toBe('true');
    expect(visibleText(quoter.querySelector('.x-cap-quote-body') as HTMLElement)).toBe('Quoted English');
  });

  test('card toggles name the languages and the card\'s pair, also a quoted post\'s', () => {
    const { container } = mount(translated());
    const quoter = cardBy(container, 'Quoter');
    expect(quoter.querySelector('.x-cap-lang-pair')?.textContent).toBe('English → Chinese');
    expect(quoter.querySelector('.x-cap-toggle')?.getAttribute('aria-label')).toBe('Language of this post');
    expect(modeButton(quoter, 'translation').getAttribute('aria-label')).toBe('Show translation (Chinese)');
  });
});

describe('promoted posts', () => {
  test('collapsed with an Ad badge, "Show ad" expands and collapses', () => {
    const { container } = mount(sampleReport());
    const ad = cardBy(container, 'HUDI');
    expect(ad.classList).toContain('x-cap-card--ad');
    expect(ad.querySelector('.x-cap-badge--ad')?.textContent).toBe('Ad');
    const button = ad.querySelector('button.x-cap-ad-toggle') as HTMLButtonElement;
    expect(button.textContent).toBe('Show ad');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const content = container.querySelector(`#${button.getAttribute('aria-controls') ?? 'none'}`) as HTMLElement;
    expect(content.hidden).toBe(true);
    expect(visibleText(ad)).not.toContain('Introducing HUDI');
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.textContent).toBe('Hide ad');
    expect(content.hidden).toBe(false);
    expect(visibleText(ad)).toContain('Introducing HUDI');
    expect(ad.querySelector('img')?.getAttribute('src')).toBe('https://pbs.twimg.com/media/GIZM3PrWEAA8-kM?format=jpg&name=large');
    button.click();
    expect(content.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  test('an expanded translated ad follows the mode it was opened in', () => {
    const report = makeReport([
      makePost({ role: 'main', depth: 0 }),
      makePost({
        author: { name: 'Ad', handle: 'ad' },
        promoted: true,
        text: { original: 'Buy now', translation: '现在购买' },
        segments: [{ original: 'Buy now', translation: '现在购买' }],
        language: { original: 'en', translation: 'zh' },
      }),
    ]);
    const { container, handle } = mount(report, { mode: 'original' });
    handle.setMode('translation');
    const ad = cardBy(container, 'Ad');
    (ad.querySelector('button.x-cap-ad-toggle') as HTMLButtonElement).click();
    expect(visibleText(ad.querySelector('.x-cap-text') as HTMLElement)).toBe('现在购买');
  });

  test('hideAds leaves them out and the header says how many', () => {
    const { container } = mount(sampleReport(), { hideAds: true });
    expect(cards(container).map((c) => c.getAttribute('aria-label'))).not.toContain('Promoted post by HUDI');
    expect(cards(container)).toHaveLength(4);
    expect(container.querySelector('.x-cap-count')?.textContent).toBe('4 posts, 1 ad hidden');
  });
});

describe('links and lifecycle', () => {
  test('links open in a new tab by default, through onOpenLink when given', () => {
    const onOpenLink = vi.fn();
    const report = makeReport([makePost({ role: 'main', depth: 0, text: { original: 'go https://example.com/x', translation: null } })]);
    const { container } = mount(report, { onOpenLink });
    const link = container.querySelector('a.x-cap-link') as HTMLAnchorElement;
    expect(link.getAttribute('target')).toBe('_blank');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(onOpenLink).toHaveBeenCalledWith('https://example.com/x', click);
  });

  test('every link in a rendered capture is http(s)', () => {
    const { container } = mount(sampleReport());
    const hrefs = Array.from(container.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  });

  test('no inline styles anywhere', () => {
    const { container } = mount(sampleReport());
    (container.querySelector('button.x-cap-ad-toggle') as HTMLButtonElement).click();
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });

  test('destroy removes the rendering and stops listening; other children stay', () => {
    document.body.replaceChildren();
    const container = document.createElement('div');
    const mine = document.createElement('p');
    container.appendChild(mine);
    document.body.appendChild(container);
    const onModeChange = vi.fn();
    const handle = renderCapture(container, sampleReport(), { mode: 'both', hideAds: false, locale: 'en-US', now: NOW, onModeChange });
    const header = container.querySelector('.x-cap-header') as HTMLElement;
    handle.destroy();
    expect(container.children).toHaveLength(1);
    expect(container.firstElementChild).toBe(mine);
    modeButton(header, 'original').click();
    expect(onModeChange).not.toHaveBeenCalled();
    handle.setMode('original');
    expect(handle.mode).toBe('both');
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { buildStandalonePage, inlineSafeScript, scriptSafeJson, type PagePayload } from '../../src/render/standalone';
import { hostileReport, sampleReport } from '../fixtures/render/reports';

const sha = (s: string): string => createHash('sha256').update(s, 'utf8').digest('base64');

const build = (payload: PagePayload, script = 'console.log(1)') =>
  buildStandalonePage({ payload, css: '.x-cap-root{color:red}', script, theme: 'dark', sha256Base64: sha });

const between = (html: string, open: string, close: string): string => {
  const start = html.indexOf(open);
  expect(start).toBeGreaterThanOrEqual(0);
  return html.slice(start + open.length, html.indexOf(close, start + open.length));
};

describe('scriptSafeJson', () => {
  test('no "<" survives, and the value reads back unchanged', () => {
    const value = { a: '</script><script>alert(1)</script><!--', b: 'line\u2028sep\u2029', c: ['<', '>', '&'] };
    const json = scriptSafeJson(value);
    expect(json).not.toContain('<');
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

test('inlineSafeScript escapes closing script tags and comment openers', () => {
  expect(inlineSafeScript('var s="</script><!--";var t=`</SCRIPT>`')).toBe('var s="<\\/script><\\!--";var t=`<\\/SCRIPT>`');
});

describe('buildStandalonePage', () => {
  test('the CSP allows exactly the inlined script and style, https images, nothing else', () => {
    const html = build({ report: sampleReport(), mode: 'both', hideAds: false });
    const csp = between(html, '<meta http-equiv="Content-Security-Policy" content="', '"');
    const style = between(html, '<style>', '</style>');
    const script = between(html, '<script>', '</script>');
    expect(csp).toBe(
      `default-src 'none'; script-src 'sha256-${sha(script)}'; style-src 'sha256-${sha(style)}'; img-src https:; base-uri 'none'; form-action 'none'`.replace(/'/g, '&#39;'),
    );
    expect(style).toContain('.x-cap-root{color:red}');
    expect(style).toContain('body.theme-dark');
    expect(html).toContain('<body class="x-cap-page theme-dark">');
  });

  test('the report travels as inert JSON that reads back intact', () => {
    const payload: PagePayload = { report: hostileReport(), mode: 'translation', hideAds: true, locale: 'zh-CN' };
    const html = build(payload);
    const json = between(html, '<script type="application/json" id="x-cap-data">', '</script>');
    expect(JSON.parse(json)).toEqual(payload);
    // Two script elements, so exactly two closing tags: nothing from the note closed one early.
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).toContain('<html lang="zh-CN">');
  });

  test('the title is escaped', () => {
    const html = build({ report: hostileReport(), mode: 'both', hideAds: false });
    expect(between(html, '<title>', '</title>')).toBe(
      '&lt;script&gt;window.__pwned = 1; alert(1)&lt;/script&gt;&lt;/title&gt;&lt;script&gt;alert(13)&lt;/script&gt;',
    );
  });

  test('a stylesheet that could close its element is refused', () => {
    expect(() =>
      buildStandalonePage({ payload: { report: sampleReport(), mode: 'both', hideAds: false }, css: 'a{}</style><script>', script: '', theme: 'auto', sha256Base64: sha }),
    ).toThrow(/<\/style/);
  });
});

// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { HOSTILE, hostileReport } from '../fixtures/render/reports';
import { cards, mount } from '../fixtures/render/dom';

afterEach(() => {
  document.body.replaceChildren();
  delete (window as { __pwned?: number }).__pwned;
});

const render = () => {
  const { container, handle } = mount(hostileReport());
  for (const button of container.querySelectorAll<HTMLButtonElement>('button.x-cap-ad-toggle')) button.click();
  return { container, handle };
};

test('hostile text creates no elements of its own', () => {
  const { container } = render();
  expect(container.querySelectorAll('script, iframe, object, embed, svg, style, link, meta, form')).toHaveLength(0);
  for (const element of container.querySelectorAll('*')) {
    for (const attr of Array.from(element.attributes)) expect(attr.name).not.toMatch(/^on/i);
  }
  expect((window as { __pwned?: number }).__pwned).toBeUndefined();
});

test('hostile text stays text, verbatim', () => {
  const { container } = render();
  const [main, second] = cards(container);
  expect(main.querySelector('.x-cap-name')?.textContent).toBe(`${HOSTILE.script}${HOSTILE.rtl}`);
  const text = main.querySelector('.x-cap-original')?.textContent ?? '';
  expect(text).toContain(HOSTILE.script);
  expect(text).toContain(HOSTILE.img);
  expect(text).toContain(HOSTILE.entities);
  expect(text).toContain(HOSTILE.rtl);
  expect(text).toContain(HOSTILE.longWord);
  expect(main.querySelector('.x-cap-translation-text')?.textContent).toBe(HOSTILE.img);
  expect(main.querySelector('.x-cap-quote')?.getAttribute('aria-label')).toBe(`Quoted post by ${HOSTILE.svg}`);
  expect(second.querySelector('.x-cap-name')?.textContent).toBe(HOSTILE.longWord);
  expect(container.querySelector('.x-cap-title')?.textContent).toBe(`${HOSTILE.script}</title><script>alert(13)</script>`);
});

test('names are isolated so bidi overrides cannot reorder the author line', () => {
  const { container } = render();
  expect(cards(container)[0].querySelector('.x-cap-name')?.tagName).toBe('BDI');
});

test('only http(s) URLs become links or images', () => {
  const { container } = render();
  const urls = [
    ...Array.from(container.querySelectorAll('[href]')).map((e) => e.getAttribute('href') ?? ''),
    ...Array.from(container.querySelectorAll('[src]')).map((e) => e.getAttribute('src') ?? ''),
  ];
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url).toMatch(/^https?:\/\/[^\s"<>]+$/);
  // The image URL carrying an attribute injection is percent-encoded into a harmless URL.
  expect(urls).toContain('https://example.com/a.png%22%20onerror=%22alert(9)');
  expect(container.querySelector('a.x-cap-source')).toBeNull();
  expect(cards(container)[0].querySelector('a.x-cap-date-link')).toBeNull();
  expect(container.querySelectorAll('a.x-cap-link-card')).toHaveLength(0);
});

test('a language code that is markup is shown as text', () => {
  const { container } = render();
  expect(container.querySelector('.x-cap-header .x-cap-lang-pair')?.textContent).toBe('English → <script>');
  expect(cards(container)[0].querySelector('.x-cap-translation-text')?.getAttribute('lang')).toBe('<script>');
});

test('a hostile handle only ever reaches x.com as handle characters', () => {
  const { container } = render();
  const handle = cards(container)[0].querySelector('a.x-cap-handle') as HTMLAnchorElement;
  expect(handle.getAttribute('href')).toBe('https://x.com/evilscriptalert6script');
  expect(handle.textContent).toBe('@evil"><script>alert(6)</script>');
});

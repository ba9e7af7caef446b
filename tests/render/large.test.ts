// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { INITIAL_POSTS } from '../../src/render';
import { bigReport } from '../fixtures/render/reports';
import { cards, mount, visibleText } from '../fixtures/render/dom';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

test('1,000 replies: the first screenful renders at once, the rest in later slices', () => {
  const { container } = mount(bigReport(1000));
  const list = container.querySelector('.x-cap-posts') as HTMLElement;
  expect(cards(container)).toHaveLength(INITIAL_POSTS);
  expect(container.querySelector('.x-cap-header')).not.toBeNull();
  expect(list.getAttribute('aria-busy')).toBe('true');
  vi.runAllTimers();
  expect(cards(container)).toHaveLength(1001);
  expect(list.hasAttribute('aria-busy')).toBe(false);
  expect(cards(container)[999].getAttribute('aria-label')).toBe('Post by Person 998');
});

test('cards rendered after a mode change follow the new mode', () => {
  const { container, handle } = mount(bigReport(1000), { mode: 'original' });
  handle.setMode('translation');
  vi.runAllTimers();
  const late = cards(container)[991];
  expect(late.getAttribute('aria-label')).toBe('Post by Person 990');
  expect(visibleText(late.querySelector('.x-cap-text') as HTMLElement)).toBe('第 990 条回复');
});

test('destroy cancels the pending slices', () => {
  const { container, handle } = mount(bigReport(1000));
  handle.destroy();
  expect(vi.getTimerCount()).toBe(0);
  vi.runAllTimers();
  expect(container.childElementCount).toBe(0);
});

test('onComplete fires once, after the last slice, and never after destroy', () => {
  const done = vi.fn<(cardCount: number) => void>();
  const { container } = mount(bigReport(1000), {
    onComplete: () => {
      done(cards(container).length);
    },
  });
  expect(done).not.toHaveBeenCalled();
  vi.runAllTimers();
  expect(done).toHaveBeenCalledTimes(1);
  expect(done).toHaveBeenCalledWith(1001);

  const never = vi.fn();
  mount(bigReport(100), { onComplete: never }).handle.destroy();
  vi.runAllTimers();
  expect(never).not.toHaveBeenCalled();
});

test('a small capture is complete before renderCapture returns', () => {
  const done = vi.fn();
  mount(bigReport(5), { onComplete: done });
  expect(done).toHaveBeenCalledTimes(1);
});

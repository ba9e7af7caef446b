/**
 * A stand-in for Obsidian's theme variables (default theme, light and dark), for the standalone page
 * `xcap render` writes: the variables styles.css uses plus a few base element styles. `body.theme-light`
 * or `body.theme-dark` picks one; without either the reader's system preference decides.
 */

const COMMON = `
  --font-ui-small: 13px; --font-ui-smaller: 12px; --font-semibold: 600; --font-bold: 700;
  --line-height-normal: 1.5; --radius-s: 4px; --radius-m: 8px;
  --size-4-1: 4px; --size-4-2: 8px; --size-4-3: 12px; --size-4-4: 16px; --size-4-6: 24px;
  --font-text-size: 16px; --file-line-width: 700px;
  --font-interface: ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "PingFang SC", "Hiragino Sans", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans CJK JP", sans-serif;
  --font-text: var(--font-interface);`;

const LIGHT = `
  color-scheme: light;
  --background-primary: #ffffff; --background-secondary: #f6f6f6; --background-modifier-border: #e0e0e0;
  --background-modifier-hover: rgba(0, 0, 0, 0.075); --background-modifier-cover: rgba(220, 220, 220, 0.6);
  --text-normal: #222222; --text-muted: #5c5c5c; --text-faint: #8a8a8a; --text-accent: #7c4dea;
  --interactive-normal: #ffffff; --interactive-hover: #f0f0f0; --interactive-accent: #8a5cf5; --text-on-accent: #ffffff;
  --color-red: #e93147; --color-orange: #c25e00; --color-red-rgb: 233, 49, 71; --color-orange-rgb: 236, 117, 0;
  --color-yellow-rgb: 224, 172, 0; --color-green-rgb: 8, 185, 78; --color-cyan-rgb: 0, 191, 188;
  --color-blue-rgb: 8, 109, 221; --color-purple-rgb: 120, 82, 238; --color-pink-rgb: 213, 57, 132;`;

const DARK = `
  color-scheme: dark;
  --background-primary: #1e1e1e; --background-secondary: #262626; --background-modifier-border: #363636;
  --background-modifier-hover: rgba(255, 255, 255, 0.075); --background-modifier-cover: rgba(10, 10, 10, 0.6);
  --text-normal: #dadada; --text-muted: #b3b3b3; --text-faint: #8a8a8a; --text-accent: #a68af9;
  --interactive-normal: #363636; --interactive-hover: #3f3f3f; --interactive-accent: #7f6df2; --text-on-accent: #ffffff;
  --color-red: #fb464c; --color-orange: #e9973f; --color-red-rgb: 251, 70, 76; --color-orange-rgb: 233, 151, 63;
  --color-yellow-rgb: 224, 222, 113; --color-green-rgb: 68, 207, 110; --color-cyan-rgb: 83, 223, 221;
  --color-blue-rgb: 2, 122, 255; --color-purple-rgb: 168, 130, 255; --color-pink-rgb: 250, 153, 205;`;

/** CSS for the standalone page, placed before styles.css. */
export const PAGE_THEME_CSS = `
body {${COMMON}${LIGHT}
}
body.theme-dark {${DARK}
}
@media (prefers-color-scheme: dark) {
  body:not(.theme-light) {${DARK}
  }
}
body {
  margin: 0;
  padding: 16px;
  background-color: var(--background-primary);
  color: var(--text-normal);
  font-family: var(--font-interface);
  font-size: 16px;
}
a { color: var(--text-accent); }
button {
  font: inherit;
  padding: 4px 12px;
  border: 1px solid var(--background-modifier-border);
  border-radius: var(--radius-s);
  background-color: var(--interactive-normal);
  color: var(--text-normal);
  cursor: pointer;
}
button:hover { background-color: var(--interactive-hover); }
.x-cap-page-error { color: var(--color-red); }
`;

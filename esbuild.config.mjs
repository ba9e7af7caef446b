// Builds the plugin (main.js, for Obsidian: CommonJS, 'obsidian' external, no Node builtins),
// the xcap CLI (dist/xcap.cjs, for Node) and the script `xcap render` inlines in its pages
// (dist/render-page.js, read by the CLI at run time from beside dist/xcap.cjs).
//   node esbuild.config.mjs            watch the plugin (development)
//   node esbuild.config.mjs production build both once
import esbuild from 'esbuild';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const production = process.argv[2] === 'production';
const shim = (name) => fileURLToPath(new URL(`./src/shims/${name}.ts`, import.meta.url));

/** Options shared by every bundle that runs outside Node (the plugin, browser harnesses). */
export const browserOptions = {
  bundle: true,
  platform: 'browser',
  target: 'es2021',
  alias: { fs: shim('fs') },
  inject: [shim('buffer')],
  logLevel: 'info',
};

const plugin = {
  ...browserOptions,
  entryPoints: ['src/main.ts'],
  outfile: 'main.js',
  format: 'cjs',
  external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*'],
  sourcemap: production ? false : 'inline',
  minify: production,
  treeShaking: true,
};

const cli = {
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/xcap.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'info',
  // The CLI embeds the plugin's stylesheet for `xcap render`.
  loader: { '.css': 'text' },
};

const renderPage = {
  ...browserOptions,
  entryPoints: ['src/render/page.ts'],
  outfile: 'dist/render-page.js',
  format: 'iife',
  minify: true,
};

// Importing this file (for `browserOptions`) builds nothing; running it builds.
const runAsScript = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);

if (runAsScript && production) {
  await Promise.all([esbuild.build(plugin), esbuild.build(cli), esbuild.build(renderPage)]);
} else if (runAsScript) {
  const ctx = await esbuild.context(plugin);
  await ctx.watch();
}

// `npm run demo`: builds the plugin, installs it into demo-vault/, renders every capture of the
// demo vault to a standalone page in demo-preview/ and writes demo-preview/index.html.
// Needs nothing beyond `npm install`: no network, no Obsidian, no browser.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const VAULT = 'demo-vault';
const PREVIEW = 'demo-preview';
const PLUGIN_DIR = join(VAULT, '.obsidian', 'plugins', 'x-capture-cards');
const PLUGIN_FILES = ['main.js', 'manifest.json', 'styles.css'];
const CLI = join('dist', 'xcap.cjs');

class DemoError extends Error {}

const say = (line) => process.stdout.write(`${line}\n`);

/** Runs a command in the repository; returns its output, or throws with what it printed. */
function run(command, args, what) {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // npm is a .cmd script on Windows, which only a shell can start.
    shell: process.platform === 'win32' && command === 'npm',
  });
  if (result.error) throw new DemoError(`${what} could not start: ${result.error.message}`);
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    throw new DemoError(`${what} failed (exit code ${result.status})${output ? `:\n${output}` : ''}`);
  }
  return result.stdout;
}

const xcap = (args, what) => run(process.execPath, [CLI, ...args], what);

function build() {
  say('Building the plugin and the xcap CLI (npm run build)…');
  run('npm', ['run', 'build'], 'npm run build');
}

function installPlugin() {
  const missing = PLUGIN_FILES.filter((f) => !existsSync(join(root, f)));
  if (missing.length) throw new DemoError(`the build did not leave ${missing.join(', ')} in the repository root`);
  mkdirSync(join(root, PLUGIN_DIR), { recursive: true });
  for (const file of PLUGIN_FILES) copyFileSync(join(root, file), join(root, PLUGIN_DIR, file));
  say(`Installed ${PLUGIN_FILES.join(', ')} into ${PLUGIN_DIR}/`);
}

/** The demo vault's captures, as `xcap inspect --json` reports them. */
function findCaptures() {
  const reports = JSON.parse(xcap(['inspect', '--json', VAULT], 'xcap inspect'));
  const captures = reports.filter((r) => r.isCapture);
  if (!captures.length) throw new DemoError(`xcap inspect found no captures in ${VAULT}/`);
  return captures;
}

/** A page name per capture: the note's name, made unique when two folders hold the same name. */
function pageNames(files) {
  const used = new Set();
  return files.map((file) => {
    const base = basename(file, '.md');
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** What the index says of a capture beside its link: layout, posts, languages, ads. */
function describeCapture(report) {
  const posts = report.posts.length;
  const ads = report.posts.filter((p) => p.promoted).length;
  const languages = new Set();
  for (const p of report.posts) {
    if (p.language.original) languages.add(p.language.original);
    if (p.language.translation) languages.add(p.language.translation);
  }
  const parts = [`${report.layout}`, `${posts} post${posts === 1 ? '' : 's'}`];
  if (languages.size) parts.push([...languages].join(' + '));
  if (ads) parts.push(`${ads} ad${ads === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

function indexPage(entries) {
  const items = entries
    .map(
      ({ name, page, report }) =>
        `    <li><a href="${encodeURIComponent(page)}">${escapeHtml(name)}</a>\n` +
        `      <span class="meta">${escapeHtml(describeCapture(report))}</span></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>X Capture Cards: demo preview</title>
  <style>
    :root { color-scheme: light dark; }
    body { font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }
    li { margin: 0.6rem 0; }
    .meta { display: block; opacity: 0.7; font-size: 0.9em; }
  </style>
</head>
<body>
  <h1>X Capture Cards: demo preview</h1>
  <p>Each capture of the demo vault rendered by <code>xcap render</code> as a standalone page with the plugin's styles.
  The notes themselves are in <code>${escapeHtml(VAULT)}/</code>.</p>
  <ul>
${items}
  </ul>
</body>
</html>
`;
}

function renderPreviews(captures) {
  rmSync(join(root, PREVIEW), { recursive: true, force: true });
  mkdirSync(join(root, PREVIEW), { recursive: true });
  const names = pageNames(captures.map((r) => r.file));
  const entries = captures.map((report, i) => {
    const page = `${names[i]}.html`;
    xcap(['render', report.file, '--out', join(PREVIEW, page)], `xcap render ${report.file}`);
    return { name: names[i], page, report };
  });
  writeFileSync(join(root, PREVIEW, 'index.html'), indexPage(entries));
  say(`Rendered ${entries.length} captures into ${PREVIEW}/`);
}

function main() {
  build();
  installPlugin();
  renderPreviews(findCaptures());
  // Paths relative to the repository, where npm runs the script.
  say(`
Done. Now:
  - In Obsidian: "Open folder as vault" and pick ${VAULT}/ (turn on community plugins when asked;
    X Capture Cards is already enabled there). Start with the note "Start here".
  - In a browser: open ${PREVIEW}/index.html`);
}

try {
  main();
} catch (err) {
  if (!(err instanceof DemoError)) throw err;
  process.stderr.write(`npm run demo: ${err.message}\n`);
  process.exitCode = 1;
}

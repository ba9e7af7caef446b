import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';

export default defineConfig([
  globalIgnores(['node_modules/', 'main.js', 'dist/', 'test-output/', 'bench/out/', 'demo-vault/', 'demo-preview/', 'coverage/']),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.mjs', 'esbuild.config.mjs', 'bin/*.cjs', 'bench/*.mjs', 'scripts/*.mjs'] },
      },
    },
  },
  {
    // Node-side code: the CLI, tests, benchmarks and build scripts may use Node's builtins.
    files: ['src/cli/**', 'tests/**', 'bench/**', 'scripts/**', '*.mjs', 'bin/**', 'vitest.config.ts'],
    rules: {
      'obsidianmd/no-nodejs-modules': 'off',
      'import/no-nodejs-modules': 'off',
      'no-console': 'off',
      'obsidianmd/prefer-create-el': 'off',
      'obsidianmd/prefer-active-doc': 'off',
      'obsidianmd/prefer-window-timers': 'off',
      'obsidianmd/no-global-this': 'off',
      'obsidianmd/ui/sentence-case': 'off',
    },
  },
]);

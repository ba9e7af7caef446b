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
  {
    // TypeScript itself reports undefined names, with the right globals for each file.
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    // The npm bin launcher is CommonJS run by Node.
    files: ['bin/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', __dirname: 'readonly', process: 'readonly', module: 'writable' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The fake Obsidian implements the very APIs these rules steer plugins away from.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      'obsidianmd/hardcoded-config-path': 'off',
      'obsidianmd/no-tfile-tfolder-cast': 'off',
      'obsidianmd/prefer-file-manager-trash-file': 'off',
      'obsidianmd/prefer-instanceof': 'off',
    },
  },
]);

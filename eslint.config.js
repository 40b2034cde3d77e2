// ESLint: JavaScript's recommended rules, typescript-eslint's for .ts files
// and eslint-plugin-astro's for components. Formatting is Prettier's job.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist.*/', '.astro/', 'node_modules/', 'screenshots/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_` marks a parameter a signature needs but the body does not use.
      // Validating text means naming control characters (NUL, ESC) in patterns.
      'no-control-regex': 'off',
      // Diagnostics are `path:line:col  error  message`: tests match those double spaces literally.
      'no-regex-spaces': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests walk parsed JSON (JSON-LD nodes, fixtures) whose shape they are checking.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // src/lib is plain TypeScript, tested without a build (ARCHITECTURE.md, Parts and their rules).
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['astro:*', '*.astro'], message: 'src/lib is plain TypeScript: pages and components call it, never the reverse.' },
          ],
        },
      ],
    },
  },
);

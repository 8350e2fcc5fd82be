// ESLint for the TypeScript sources, tests, benchmarks and config files (`npm run lint`, which `npm test` runs first).
// The rules chosen are those that find defects: promises left floating or passed where nothing awaits them, values
// typed `any`, unused code, Lit templates that do not mean what they look like, custom elements that break the
// platform's rules, and any way in shipped code of turning text into markup or code. Layout is Prettier's
// (`npm run format`), so no rule here is about it.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** House rule for shipped code: text from data is always text, and no text becomes code. */
const textStaysText = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-script-url': 'error',
  'no-restricted-properties': [
    'error',
    ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'setHTMLUnsafe', 'createContextualFragment'].map((property) => ({
      property,
      message: 'Text from data is always text: build nodes (Lit templates, textContent, createElement) instead of parsing markup.',
    })),
    ...['write', 'writeln'].map((property) => ({
      object: 'document',
      property,
      message: 'document.write parses markup: build nodes instead.',
    })),
  ],
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['lit/directives/unsafe-*', 'lit-html/directives/unsafe-*'],
          message: 'unsafeHTML, unsafeSVG and unsafeMathML turn text into markup: bind text, or build the template from parts.',
        },
      ],
      paths: [{ name: 'lit/static-html.js', importNames: ['unsafeStatic'], message: 'unsafeStatic turns text into markup.' }],
    },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: 'TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[value.raw=/\\.(innerHTML|outerHTML)\\s*=\\s*$/]',
      message: 'A .innerHTML binding parses its value as markup: bind text instead.',
    },
  ],
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      'coverage/',
      'node_modules/',
      'graph/',
      'docs/',
      'bench/results/',
      'bench/fixtures/',
      'tests/output/',
      '**/__screenshots__/',
      '.vitest-attachments/',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' } },
  js.configs.recommended,
  // Control characters in patterns are meant: the code finds them to show, escape or refuse them.
  { rules: { 'no-control-regex': 'off' } },

  // TypeScript, checked with the types of tsconfig.json (src, tests, bench and the Vite configs).
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      // An async function without await still turns a throw into a rejection, which is what its callers handle.
      '@typescript-eslint/require-await': 'off',
      // An empty interface that extends one other is how a declaration is merged into the DOM's (events.ts).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },

  // Lit templates and custom elements. Left out: no-template-arrow, no-template-map and prefer-query-decorators, which
  // are matters of style, and no-this-assign-in-render, which takes an event handler's assignment for the render's.
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    rules: {
      'lit/attribute-names': 'error',
      'lit/lifecycle-super': 'error',
      'lit/no-classfield-shadowing': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-legacy-imports': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-value-attribute': 'error',
      'lit/prefer-static-styles': 'error',
    },
  },

  // Tests: monkey-patching keeps a platform method to put it back, which is what unbound-method reports. A test reads
  // what JSON.parse returns (the command's output, values from the page) and passes vitest's matchers, which are typed
  // any: a wrong guess there fails the test's own assertion, so the no-unsafe-* rules would only add casts.
  // no-explicit-any still holds.
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // vi.waitFor gives up after one second, which a busy 2-core machine misses; expect.poll waits as long as
      // vitest.config.ts says.
      'no-restricted-properties': [
        'error',
        { object: 'vi', property: 'waitFor', message: 'Wait with expect.poll, whose timeout vitest.config.ts sets for a busy machine.' },
        { object: 'vi', property: 'waitUntil', message: 'Wait with expect.poll, whose timeout vitest.config.ts sets for a busy machine.' },
      ],
    },
  },

  // Shipped code: the package, the command and the page's own script.
  { files: ['src/**/*.ts', 'bin/**/*.js', 'public/**/*.js'], rules: textStaysText },

  // Plain JavaScript: the command's launcher and the config files run in Node, the embed page's script in the browser.
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: globals.node } },
  { files: ['public/**/*.js'], languageOptions: { globals: globals.browser } },
);

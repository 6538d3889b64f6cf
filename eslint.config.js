// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Layers point one way: pure logic ← DOM code ← entrypoints; UI components take props only. */
const NO_ENTRYPOINTS = {
  group: ['@/entrypoints/*', '**/entrypoints/*'],
  message: 'Only entrypoints import entrypoints.',
};
const NO_BROWSER_API = {
  group: ['wxt/browser', 'webextension-polyfill'],
  message: 'Components and pure logic take props and values; extension APIs stay in entrypoints and utils/settings.ts.',
};
const NO_MARKJS = { group: ['mark.js'], message: 'Only entrypoints/content/highlighter.ts imports mark.js.' };
const NO_DOM_LIBS = {
  group: ['preact', 'preact/*', '@floating-ui/*', 'mark.js'],
  message: 'utils/ is pure, DOM-free logic.',
};
const NO_POLYFILL = { group: ['webextension-polyfill'], message: 'Import `browser` from wxt/browser only.' };

function restrict(...patterns) {
  return { 'no-restricted-imports': ['error', { patterns }] };
}

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'No innerHTML: build nodes, or let Preact render.',
        },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML strings.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML strings.' },
      ],
      ...restrict(NO_MARKJS, NO_POLYFILL),
    },
  },
  { files: ['utils/**'], rules: restrict(NO_ENTRYPOINTS, NO_DOM_LIBS, NO_BROWSER_API, NO_POLYFILL) },
  // The settings item is the one piece of utils/ that talks to extension storage.
  { files: ['utils/settings.ts'], rules: restrict(NO_ENTRYPOINTS, NO_DOM_LIBS, NO_POLYFILL) },
  { files: ['components/**'], rules: restrict(NO_ENTRYPOINTS, NO_BROWSER_API, NO_MARKJS, NO_POLYFILL) },
  // The benchmark runs mark.js the naive way on purpose, to compare.
  { files: ['entrypoints/content/highlighter.ts', 'scripts/bench/**'], rules: restrict(NO_POLYFILL) },
  {
    // Tests build fixtures from HTML strings they own.
    files: ['tests/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);

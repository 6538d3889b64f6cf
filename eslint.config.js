// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * Layers point one way: data ← utils (pure logic) ← components (props in, callbacks out) ← entrypoints (the DOM
 * and the extension APIs). The zones are paths: each import is resolved the way the bundler resolves it, so `@/…`
 * and `../…` imports are caught alike (auto-imports are off in wxt.config.ts, so there is no third way).
 * tests/unit/lint-layers.test.ts proves that each zone rejects what it should.
 */
const LAYER_ZONES = [
  {
    target: './utils',
    from: ['./components', './entrypoints'],
    message: 'utils/ is pure logic: it imports no component and no entrypoint.',
  },
  {
    target: './components',
    from: './entrypoints',
    message: 'Components take props and give callbacks: they import no entrypoint.',
  },
  {
    target: ['./entrypoints/options', './entrypoints/popup'],
    from: './entrypoints/content',
    message: 'The options page and the popup do not reach into the content script; what they share lives in utils/.',
  },
  {
    target: ['./utils', './components', './entrypoints'],
    from: ['./scripts', './tests'],
    message: 'Product code imports no script and no test.',
  },
];
const MARKJS_ZONE = {
  target: '.',
  // mark.js has no types of its own: an import of it resolves to @types/mark.js.
  from: ['./node_modules/mark.js', './node_modules/@types/mark.js'],
  message: 'Only entrypoints/content/highlighter.ts imports mark.js.',
};

/** @param {Array<Record<string, unknown>>} zones */
function zoned(...zones) {
  return { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }] };
}

/** Packages a layer must not use (bare names, so no relative path can hide them). */
const NO_BROWSER_API = {
  group: ['wxt/browser', 'webextension-polyfill'],
  message: 'Components and pure logic take props and values; extension APIs stay in entrypoints and utils/settings.ts.',
};
const NO_DOM_LIBS = {
  group: ['preact', 'preact/*', '@floating-ui/*'],
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
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${import.meta.dirname}/tsconfig.json` })],
    },
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
      ...restrict(NO_POLYFILL),
      ...zoned(...LAYER_ZONES, MARKJS_ZONE),
    },
  },
  { files: ['utils/**'], rules: restrict(NO_DOM_LIBS, NO_BROWSER_API, NO_POLYFILL) },
  // The settings item is the one piece of utils/ that talks to extension storage.
  { files: ['utils/settings.ts'], rules: restrict(NO_DOM_LIBS, NO_POLYFILL) },
  { files: ['components/**'], rules: restrict(NO_BROWSER_API, NO_POLYFILL) },
  // The benchmark runs mark.js the naive way on purpose, to compare.
  { files: ['entrypoints/content/highlighter.ts', 'scripts/bench/**'], rules: zoned(...LAYER_ZONES) },
  {
    // Tests build fixtures from HTML strings they own.
    files: ['tests/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);

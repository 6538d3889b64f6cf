import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { TOGGLE_COMMAND } from './utils/toolbar';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // No auto-imports: every file names what it uses, so the layer rules in
  // eslint.config.js see every dependency (an ambient global walks past them).
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    // In the reader's language, from public/_locales/<lang>/messages.json (tests/unit/locales.test.ts
    // checks every locale has every key, and that each description fits the stores' 132 characters).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // Alt+Shift+U ("underlines"). Chrome keeps Alt+Shift+A, B, I and T for itself (B focuses the
    // bookmarks bar), and Alt+digit switches tabs on Linux; Firefox binds no Alt+Shift letter, though
    // pages' access keys use Alt+Shift there (on Wikipedia U is "upload file", rarely used).
    // The reader can change it in the browser's shortcut settings, linked from the options page.
    commands: {
      [TOGGLE_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+U' },
        description: '__MSG_command_toggleHighlights__',
      },
    },
    // storage: the reader's settings. Nothing else is needed: the content
    // script is declared for http(s) pages and the dataset ships inside.
    permissions: ['storage'],
    // The stages the content script loads only on pages with a name (entrypoints/content/stage.ts).
    // Chrome serves them at a per-session address, so a page cannot probe for them.
    web_accessible_resources:
      browser === 'firefox'
        ? ['highlights.js', 'card-ui.js']
        : [
            {
              resources: ['highlights.js', 'card-ui.js'],
              matches: ['http://*/*', 'https://*/*'],
              use_dynamic_url: true,
            },
          ],
    // Firefox only (Chrome warns about keys it does not know): the add-on id that storage and
    // AMO need, and the data-collection declaration (needs 142+, or web-ext lint warns).
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'backstory@backstory.invalid',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  zip: {
    // The sources zip reviewers rebuild from: leave out local outputs of the demo and the bundle analyser.
    excludeSources: ['demo.png', 'stats.html', 'tests/e2e/screenshots/**'],
  },
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
});

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // No auto-imports: every file names what it uses, so the layer rules in
  // eslint.config.js see every dependency (an ambient global walks past them).
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'Highlights the people, agencies, spacecraft and places of spaceflight in news stories and shows dated, sourced background facts on hover. No network, no tracking.',
    // storage: the reader's settings. Nothing else is needed: the content
    // script is declared for http(s) pages and the dataset ships inside.
    permissions: ['storage'],
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

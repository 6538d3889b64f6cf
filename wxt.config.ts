import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Backstory',
    description:
      'Highlights the people, agencies, spacecraft and places of spaceflight in news stories and shows dated, sourced background facts on hover. No network, no tracking.',
    // storage: the reader's settings. Nothing else is needed: the content
    // script is declared for http(s) pages and the dataset ships inside.
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'backstory@backstory.invalid',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
});

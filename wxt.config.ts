import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { TOGGLE_COMMAND } from './utils/toolbar';
import { STAGE_FILES } from './entrypoints/content/stage-files';
import type { InlineConfig } from 'vite';

/** The script every http(s) page runs (entrypoints/loader.ts), and the pages it runs on. */
const LOADER_ENTRYPOINT = 'loader';
const PAGES = ['http://*/*', 'https://*/*'];

/**
 * The loader's `wxt/browser` is WXT's own: the browser's native, promise-based
 * API (`browser` in Firefox and in Chrome from 148, `chrome` before).
 * Everything else keeps webextension-polyfill, which the `modules` entry
 * below puts behind `wxt/browser`. The loader runs on every page, most of
 * which have no name for us, and the polyfill was half its code and 0.7–0.9 ms
 * of its time there; the loader uses only calls whose native form is the same
 * in every browser it supports (docs/pitfalls.md, "One `browser`"). The e2e
 * suite checks the built loader has no polyfill in it.
 */
function withoutPolyfill(config: InlineConfig): void {
  const alias = config.resolve?.alias;
  if (!alias) return;
  if (Array.isArray(alias)) {
    config.resolve!.alias = alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser');
  } else {
    delete (alias as Record<string, string>)['wxt/browser'];
  }
}

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
    // Declared here rather than by a WXT content-script entrypoint, whose context costs every page
    // more than the loader itself needs (entrypoints/content/lifetime.ts).
    content_scripts: [{ matches: PAGES, run_at: 'document_idle', js: [`${LOADER_ENTRYPOINT}.js`] }],
    // The toolbar button's own sizes (the store and extension list use `icons`, which WXT fills from public/icon/).
    ...(browser === 'firefox'
      ? { browser_action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } } }
      : { action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } } }),
    // The stages the content script loads only on pages with a name (entrypoints/content/stage.ts).
    // Chrome serves them at a per-session address, so a page cannot probe for them.
    web_accessible_resources:
      browser === 'firefox'
        ? Object.values(STAGE_FILES)
        : [
            {
              resources: Object.values(STAGE_FILES),
              matches: PAGES,
              use_dynamic_url: true,
            },
          ],
    // Firefox only (Chrome warns about keys it does not know): the add-on id that storage and
    // AMO need, and the data-collection declaration (needs 142+, or web-ext lint warns).
    // Chrome only (Firefox warns about keys it does not know). 116: AbortSignal.any, which ties every
    // listener of the highlighting stage to its lifetime, is the newest API the content script needs
    // (color-mix() in the highlight styles needs 111; scheduler.yield is used only where it exists).
    ...(browser !== 'firefox' && { minimum_chrome_version: '116' }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // A GUID id: AMO's own form, which needs no domain of ours (an id that looks like an email
          // address must name a domain the developer controls).
          id: '{5b0e7d0c-2f7a-4c1e-9a8b-3d6f1c2e4a90}',
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
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entrypoint) => entrypoint.name === LOADER_ENTRYPOINT)) withoutPolyfill(config);
    },
  },
});

import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit and DOM tests. WxtVitest does not apply wxt.config.ts's Vite plugins,
// so Preact's JSX transform is added here as well (docs/pitfalls.md, “WxtVitest does not bring the Preact plugin”).
export default defineConfig({
  plugins: [WxtVitest(), preact({ prefreshEnabled: false, devToolsEnabled: false })],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/dom/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A synchronous hang inside a DOM library cannot be stopped by a test
    // timeout; the npm script also wraps the run in `timeout`.
    testTimeout: 10_000,
    // The highlight stylesheets are made per page from these files (highlight-styles.ts): tests read them.
    css: { include: [/entrypoints\/content\/.*\.css/] },
  },
});

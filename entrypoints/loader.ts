/**
 * The script every http(s) page runs (entrypoints/content/loader.ts). An
 * unlisted script that the manifest declares itself (wxt.config.ts), not a
 * WXT content script: WXT would wrap it in its content-script context, whose
 * start costs more than a page without a name should pay (content/lifetime.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runLoader } from './content/loader';

// The promise goes back to WXT, which logs a crash on startup in development builds.
export default defineUnlistedScript(() => runLoader());

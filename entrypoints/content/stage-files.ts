/**
 * The files the loader imports its later stages from (stage.ts), named once:
 * the manifest makes them web-accessible by these names (wxt.config.ts) and
 * the bench looks for them in its traces. WXT builds each from the
 * entrypoint of the same name.
 */
export const STAGE_FILES = { highlights: 'highlights.js', cardUi: 'card-ui.js' } as const;

/**
 * Delays a reader feels, in one place, each with its reason.
 */
// The hover delay belongs to a setting (the options page shows it), so it lives with the settings
// (utils/settings.ts SHOW_DELAY_MS) and comes to the page in the background's answer: not imported
// here, where it would bring the settings' schema library into the highlighting stage.

/**
 * Grace period before a card closes after the pointer leaves the highlight or
 * the card: long enough to cross the gap between them without the card
 * vanishing (WCAG 2.2 SC 1.4.13, hoverable), short enough to feel responsive.
 */
export const HIDE_DELAY_MS = 300;

/**
 * After the page scrolls, a name that slides under the resting pointer gets
 * a pointerover as if the reader had moved to it: for this long, such a name
 * opens its card only once the pointer really moves on it.
 */
export const SCROLL_QUIET_MS = 250;

/**
 * The loader's first look at a page (its first DOM read, its question to the
 * background) waits for the page's first idle moment, and at most this long
 * on a page that stays busy. Run in the middle of the page's load, the same
 * work cost a page without a name 3.2–4.6 ms of main-thread script; in its
 * first idle moment 1.2–1.5 (guardian-1, folha; docs/pitfalls.md). A second
 * is well before a reader starts hovering names; what the page adds meanwhile
 * is read with the rest.
 */
export const FIRST_LOOK_IDLE_TIMEOUT_MS = 1000;

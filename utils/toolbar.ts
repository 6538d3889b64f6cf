/**
 * The toolbar button's badge and the keyboard shortcut.
 *
 * The badge says how many names the page shows. Subtle when the reader turns
 * it on: a neutral grey, not an alarm colour, and never more than three
 * characters (the badge has room for about four).
 */

/** The manifest's command (wxt.config.ts) that switches highlights on and off everywhere. */
export const TOGGLE_COMMAND = 'toggle-highlights';

/** Grey with white text: 6:1 contrast, and it reads as a count rather than a warning. */
export const BADGE_BACKGROUND = '#5f6368';
export const BADGE_TEXT = '#ffffff';

/** Past this the exact number says nothing more to the reader. */
const BADGE_MAX = 99;

/** The badge text for a count: nothing for none, "99+" past the cap. */
export function badgeText(count: number, show: boolean): string {
  if (!show || !Number.isFinite(count) || count <= 0) return '';
  return count > BADGE_MAX ? `${BADGE_MAX}+` : String(Math.floor(count));
}

/**
 * Delays a reader feels, in one place, each with its reason.
 */
import type { HoverDelay } from '@/utils/settings';

/**
 * Hover intent: the pointer must rest this long on a highlight before its card
 * opens, so sweeping the mouse across a paragraph does not flash cards.
 * Wikipedia's page previews use 500 ms; a highlight is a smaller target, and
 * readers who hover mean it, so the default sits near the short end of the
 * usual 300–500 ms. Readers can pick shorter or longer in the options.
 */
export const SHOW_DELAY_MS: Record<HoverDelay, number> = {
  short: 200,
  normal: 350,
  long: 600,
};

/**
 * Grace period before a card closes after the pointer leaves the highlight or
 * the card: long enough to cross the gap between them without the card
 * vanishing (WCAG 2.2 SC 1.4.13, hoverable), short enough to feel responsive.
 */
export const HIDE_DELAY_MS = 300;

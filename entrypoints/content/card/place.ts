/**
 * Where the card goes: below the highlight if it fits, else above
 * (whichever has more room when neither fits); shifted sideways to stay
 * inside the viewport; and as tall as the room allows.
 */
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';

/** Space between highlight and card, in px: the card never covers what is pointed at. */
const CARD_GAP_PX = 6;
/** Minimum distance from the viewport's edges, in px. */
const VIEWPORT_MARGIN_PX = 8;
/** The card never gets shorter than this; below it, it scrolls inside rather than shrinking further. */
const MIN_CARD_HEIGHT_PX = 140;

export async function place(highlight: HTMLElement, card: HTMLElement): Promise<void> {
  // A name broken over two lines: place the card by its first line, where the reader's eye is.
  const reference = {
    getBoundingClientRect: () => highlight.getClientRects()[0] ?? highlight.getBoundingClientRect(),
    contextElement: highlight,
  };
  const { x, y } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(CARD_GAP_PX),
      flip({ padding: VIEWPORT_MARGIN_PX, fallbackStrategy: 'bestFit' }),
      shift({ padding: VIEWPORT_MARGIN_PX }),
      size({
        padding: VIEWPORT_MARGIN_PX,
        apply({ availableHeight }) {
          // The room is a ceiling under the stylesheet's own caps (300 px on first view), never above them.
          card.style.setProperty('--room', `${Math.max(MIN_CARD_HEIGHT_PX, Math.floor(availableHeight))}px`);
        },
      }),
    ],
  });
  card.style.left = `${Math.round(x)}px`;
  card.style.top = `${Math.round(y)}px`;
}

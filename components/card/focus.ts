/**
 * How a host moves keyboard focus into a card. The card's dialog element has
 * tabIndex=-1, so it can take focus itself (a screen reader then reads its
 * name); its controls are buttons and https links, in reading order.
 */
export const CARD_DIALOG_SELECTOR = '[role="dialog"]';
export const CARD_FOCUSABLE_SELECTOR = 'a[href], button:not([disabled])';

/**
 * Focuses the card inside `root` (a shadow root or any container): the dialog
 * itself (the default: a screen reader reads the card's name, and Tab then
 * walks its controls), or its first control. Returns whether focus moved.
 */
export function focusCard(root: ParentNode, where: 'first' | 'dialog' = 'dialog'): boolean {
  const dialog = root.querySelector<HTMLElement>(CARD_DIALOG_SELECTOR);
  if (!dialog) return false;
  const target = where === 'first' ? (dialog.querySelector<HTMLElement>(CARD_FOCUSABLE_SELECTOR) ?? dialog) : dialog;
  target.focus();
  return true;
}

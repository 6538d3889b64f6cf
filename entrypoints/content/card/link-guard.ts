/**
 * The card's links are ours alone. Its shadow root is open (assistive tools
 * and the tests read it), so a page script can reach in and point a source
 * link elsewhere, under Backstory's name. Every way a reader follows a link
 * (a click, a middle click, Enter, the context menu's "open in new tab") is
 * checked against the addresses the card may link to; anything else is
 * refused.
 */
import { isCardLink } from '@/utils/card-links';

const FOLLOWING = ['click', 'auxclick', 'keydown', 'contextmenu'] as const;

export function guardLinks(root: Node, targets: () => ReadonlySet<string>): void {
  const check = (event: Event) => {
    if (event.type === 'keydown' && (event as KeyboardEvent).key !== 'Enter') return;
    const link = linkOf(event);
    if (link && !isCardLink(link.href, targets())) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };
  // Capturing at the card's root: before any listener the page could add to the link itself.
  for (const type of FOLLOWING) root.addEventListener(type, check, { capture: true });
}

function linkOf(event: Event): HTMLAnchorElement | undefined {
  for (const target of event.composedPath()) {
    if (target instanceof Element && target.localName === 'a' && target.hasAttribute('href')) {
      return target as HTMLAnchorElement;
    }
  }
  return undefined;
}

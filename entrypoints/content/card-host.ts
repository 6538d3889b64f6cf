/**
 * Opens one card at a time for the highlight a reader hovers or focuses, in a
 * shadow root so page CSS cannot reach it. The host element is in the page
 * only while a card is open, so a page without open cards is untouched.
 */
import { h, render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { Card } from '@/components/Card';
import type { CardEntity } from '@/utils/messages';
import { ENTITY_ATTR, HIGHLIGHT_TAG } from './dom-contract';
import { themeOfBackgrounds, type Theme } from '@/utils/color';
import { HIDE_DELAY_MS } from './delays';

export interface CardUi {
  /** Inserts the shadow host into the page. */
  mount(): void;
  /** Takes the shadow host out of the page. */
  remove(): void;
  readonly shadowHost: HTMLElement;
  readonly uiContainer: HTMLElement;
}

export interface CardContent {
  entity: CardEntity;
  topicLabel: string;
  topicColor: string;
}

/** Space between highlight and card, in px: the card never covers what is pointed at. */
const CARD_GAP_PX = 6;
/** Minimum distance from the viewport's edges, in px. */
const VIEWPORT_MARGIN_PX = 8;

const FOCUSABLE_IN_CARD = 'a[href], button';

export class CardHost {
  private ui: CardUi | undefined;
  private anchor: HTMLElement | undefined;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private stopAutoUpdate: (() => void) | undefined;
  /** Counts open requests: a slow answer for an older request must not open a card. */
  private request = 0;
  /** A highlight we are about to focus ourselves, so focusing it must not reopen its card. */
  private returningFocusTo: HTMLElement | undefined;

  constructor(
    private readonly doc: Document,
    private readonly createUi: () => Promise<CardUi>,
    private readonly contentFor: (entityId: string) => Promise<CardContent | undefined>,
    private readonly signal: AbortSignal,
    /** The reader's hover-intent delay, read at each hover so option changes apply at once. */
    private readonly showDelayMs: () => number,
  ) {
    const options = { capture: true, signal };
    doc.addEventListener('pointerover', (event) => this.onPointerOver(event), options);
    doc.addEventListener('pointerout', (event) => this.onPointerOut(event), options);
    doc.addEventListener('focusin', (event) => this.onFocusIn(event), options);
    doc.addEventListener('focusout', (event) => this.onFocusOut(event), options);
    doc.addEventListener('keydown', (event) => this.onKeyDown(event), options);
    signal.addEventListener('abort', () => this.close());
  }

  get openFor(): HTMLElement | undefined {
    return this.anchor;
  }

  /** Opens the card for a highlight now (hover intent already satisfied). */
  async open(highlight: HTMLElement): Promise<void> {
    this.clearTimers();
    if (this.anchor === highlight || this.signal.aborted) return;
    const request = ++this.request;
    const content = await this.contentFor(highlight.getAttribute(ENTITY_ATTR) ?? '');
    if (!content || request !== this.request) return;
    this.ui ??= await this.createUi();
    if (request !== this.request || this.signal.aborted || !highlight.isConnected) return;
    this.close();
    const ui = this.ui;
    this.anchor = highlight;
    ui.mount();
    const theme = pageTheme(this.doc);
    render(h(Card, { ...content, theme, onClose: () => this.close({ returnFocus: true }) }), ui.uiContainer);
    highlight.setAttribute('aria-expanded', 'true');
    const card = ui.uiContainer.querySelector<HTMLElement>('[role="dialog"]')!;
    card.addEventListener('pointerenter', () => this.clearTimers());
    card.addEventListener('pointerleave', () => this.scheduleClose());
    card.addEventListener('keydown', (event) => this.onCardKeyDown(event, card));
    card.addEventListener('focusout', (event) => this.onCardFocusOut(event, card));
    this.stopAutoUpdate = autoUpdate(highlight, card, () => {
      if (!this.closeIfDetached()) place(highlight, card).catch(() => this.close());
    });
  }

  /**
   * Closes the card when its highlight left the page (the page removed it, or
   * the reader's editing took it down): a card must never hang in a corner
   * next to nothing. Returns whether it closed.
   */
  closeIfDetached(): boolean {
    if (!this.anchor || this.anchor.isConnected) return false;
    this.close();
    return true;
  }

  /** Brings the first highlight of an entity into view and opens its card (the popup's list asks for this). */
  async show(entityId: string): Promise<boolean> {
    const highlight = this.doc.querySelector<HTMLElement>(`${HIGHLIGHT_TAG}[${ENTITY_ATTR}="${CSS.escape(entityId)}"]`);
    if (!highlight) return false;
    highlight.scrollIntoView({ block: 'center', inline: 'nearest' });
    await this.open(highlight);
    return this.anchor === highlight;
  }

  close({ returnFocus = false } = {}): void {
    this.clearTimers();
    this.request += 1;
    const anchor = this.anchor;
    if (!anchor) return;
    this.anchor = undefined;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    if (this.ui) {
      render(null, this.ui.uiContainer);
      this.ui.remove();
    }
    anchor.setAttribute('aria-expanded', 'false');
    if (returnFocus && anchor.isConnected && anchor.hasAttribute('tabindex')) {
      this.returningFocusTo = anchor;
      anchor.focus();
      this.returningFocusTo = undefined;
    }
  }

  private isCardEvent(target: EventTarget | null): boolean {
    return target != null && this.ui != null && target === this.ui.shadowHost;
  }

  private onPointerOver(event: PointerEvent): void {
    const highlight = highlightOf(event.target);
    if (!highlight) return;
    if (this.anchor === highlight) {
      this.clearTimers();
      return;
    }
    clearTimeout(this.showTimer);
    // Start fetching the facts during the hover-intent delay, so the card opens on time.
    void this.contentFor(highlight.getAttribute(ENTITY_ATTR) ?? '');
    this.showTimer = setTimeout(() => void this.open(highlight), this.showDelayMs());
  }

  private onPointerOut(event: PointerEvent): void {
    const highlight = highlightOf(event.target);
    if (!highlight || highlight.contains(event.relatedTarget as Node | null)) return;
    if (this.anchor !== highlight) {
      clearTimeout(this.showTimer);
      return;
    }
    if (!this.isCardEvent(event.relatedTarget)) this.scheduleClose();
  }

  private onFocusIn(event: FocusEvent): void {
    const highlight = highlightOf(event.target);
    if (!highlight || highlight === this.returningFocusTo) return;
    void this.open(highlight);
  }

  private onFocusOut(event: FocusEvent): void {
    const highlight = highlightOf(event.target);
    if (!highlight || highlight !== this.anchor) return;
    if (this.isCardEvent(event.relatedTarget)) return;
    this.close();
  }

  private onKeyDown(event: KeyboardEvent): void {
    // Keys pressed inside the card are the card's own (see onCardKeyDown).
    if (this.isCardEvent(event.target)) return;
    const highlight = highlightOf(event.target);
    if (event.key === 'Escape' && this.anchor) {
      this.close({ returnFocus: highlight === this.anchor });
      return;
    }
    // In text the reader can edit, Enter and Space are typing, not ours.
    if (!highlight || highlight.isContentEditable) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (this.anchor === highlight) this.close();
      else void this.open(highlight);
    } else if (event.key === 'Tab' && !event.shiftKey && this.anchor === highlight && this.ui) {
      // The card sits at the end of the page; Tab from its highlight goes into it.
      const first = this.ui.uiContainer.querySelector<HTMLElement>(FOCUSABLE_IN_CARD);
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  }

  private onCardKeyDown(event: KeyboardEvent, card: HTMLElement): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.close({ returnFocus: true });
      return;
    }
    if (event.key !== 'Tab') return;
    const focusables = [...card.querySelectorAll<HTMLElement>(FOCUSABLE_IN_CARD)];
    const active = card.getRootNode() instanceof ShadowRoot ? (card.getRootNode() as ShadowRoot).activeElement : null;
    const leavingBackwards = event.shiftKey && active === focusables[0];
    const leavingForwards = !event.shiftKey && active === focusables.at(-1);
    if (leavingBackwards || leavingForwards) {
      // Leaving the card either way returns the reader to where they were reading.
      event.preventDefault();
      this.close({ returnFocus: true });
    }
  }

  private onCardFocusOut(event: FocusEvent, card: HTMLElement): void {
    const next = event.relatedTarget as Node | null;
    if (next && (card.contains(next) || next === this.anchor)) return;
    if (next) this.close();
  }

  private scheduleClose(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.close(), HIDE_DELAY_MS);
  }

  private clearTimers(): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
  }
}

/** Dark card on a dark page, light on a light one; the system's scheme where the page has no background. */
function pageTheme(doc: Document): Theme {
  const view = doc.defaultView;
  const backgrounds = [doc.body, doc.documentElement]
    .filter((element): element is HTMLElement => element != null)
    .map((element) => view?.getComputedStyle(element).backgroundColor ?? '');
  const fromPage = themeOfBackgrounds(backgrounds);
  if (fromPage) return fromPage;
  return view?.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function highlightOf(target: EventTarget | null): HTMLElement | undefined {
  if (!(target instanceof Element)) return undefined;
  return (target.closest(`${HIGHLIGHT_TAG}[${ENTITY_ATTR}]`) as HTMLElement | null) ?? undefined;
}

/** The card never gets shorter than this; below it, it scrolls inside rather than shrinking further. */
const MIN_CARD_HEIGHT_PX = 140;

/**
 * Below the highlight if it fits, else above (whichever has more room when
 * neither fits); shifted sideways to stay inside the viewport; and as tall as
 * the room allows, scrolling inside when its facts are longer.
 */
async function place(highlight: HTMLElement, card: HTMLElement): Promise<void> {
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
          card.style.maxHeight = `${Math.max(MIN_CARD_HEIGHT_PX, Math.floor(availableHeight))}px`;
        },
      }),
    ],
  });
  card.style.left = `${Math.round(x)}px`;
  card.style.top = `${Math.round(y)}px`;
}

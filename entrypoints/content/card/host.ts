/**
 * Decides when a card opens and closes: hover intent, keyboard focus,
 * Escape, leaving the card. One card at a time. The card itself (Preact,
 * Floating UI, the shadow root) is a view loaded on the first hover, while
 * the reader's pointer rests on the name.
 *
 * Only highlights Backstory made open a card, and only for what the reader
 * did (trusted events): a page cannot make our card vouch for its own
 * look-alike elements.
 */
import { focusCard, CARD_FOCUSABLE_SELECTOR } from '@/components/card/focus';
import { ENTITY_ATTR, HIGHLIGHT_SELECTOR } from '../dom-contract';
import { HIDE_DELAY_MS, SCROLL_QUIET_MS } from '../delays';
import type { CardContent, CardEvents, CardSetting, CardView } from './types';

/** Keys that take the reader from a name into its open card (Tab goes on to the next name). */
const INTO_CARD_KEYS = new Set(['Enter', ' ', 'ArrowDown']);

export interface CardHostOptions {
  doc: Document;
  /** Whether an element is a highlight we made. */
  isOurs(element: Element): boolean;
  /** Our first highlight of an entity on the page, for the popup's "show". */
  firstHighlightOf(entityId: string): Element | undefined;
  /** The view, loaded on first use. */
  loadView(): Promise<CardView>;
  contentFor(entityId: string): Promise<CardContent | undefined>;
  /** What the page says around a highlight: the story's date, its paragraph, the name as written. */
  settingOf(highlight: HTMLElement): CardSetting;
  signal: AbortSignal;
  /** The reader's hover-intent delay, read at each hover so option changes apply at once. */
  showDelayMs(): number;
}

export class CardHost {
  private view: CardView | undefined;
  private anchor: HTMLElement | undefined;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts open requests: a slow answer for an older request must not open a card. */
  private request = 0;
  /** A highlight we are about to focus ourselves, so focusing it must not reopen its card. */
  private returningFocusTo: HTMLElement | undefined;
  /** The cards shown for the open highlight, first the highlight's own, then related ones opened from it. */
  private trail: CardContent[] = [];
  /** When the page last scrolled: a name that scrolls under a resting pointer is not a hover. */
  private lastScroll = -Infinity;
  /** Where the pointer last was on screen: Chromium's synthetic move after a scroll keeps it. */
  private lastPointer = { x: Number.NaN, y: Number.NaN };
  /** A highlight the pointer came over while scrolling: it counts once the pointer really moves on it. */
  private pendingOver: HTMLElement | undefined;

  constructor(private readonly options: CardHostOptions) {
    const { doc, signal } = options;
    const listen = { capture: true, signal };
    doc.addEventListener('pointerover', (event) => this.onPointerOver(event), listen);
    doc.addEventListener('pointerout', (event) => this.onPointerOut(event), listen);
    doc.addEventListener('focusin', (event) => this.onFocusIn(event), listen);
    doc.addEventListener('focusout', (event) => this.onFocusOut(event), listen);
    doc.addEventListener('keydown', (event) => this.onKeyDown(event), listen);
    doc.addEventListener('scroll', () => (this.lastScroll = performance.now()), { ...listen, passive: true });
    doc.addEventListener('pointermove', (event) => this.onPointerMove(event), { ...listen, passive: true });
    signal.addEventListener('abort', () => this.close());
  }

  get openFor(): HTMLElement | undefined {
    return this.anchor;
  }

  /** Opens the card for a highlight now (hover intent already satisfied). */
  async open(highlight: HTMLElement, { focusInto = false } = {}): Promise<void> {
    this.clearTimers();
    if (this.anchor === highlight || this.options.signal.aborted) {
      if (focusInto) this.focusInto();
      return;
    }
    const request = ++this.request;
    const [content, view] = await Promise.all([
      this.options.contentFor(highlight.getAttribute(ENTITY_ATTR) ?? ''),
      this.loadView(),
    ]);
    if (!content || !view || request !== this.request || this.options.signal.aborted || !highlight.isConnected) return;
    this.close();
    this.anchor = highlight;
    this.trail = [content];
    this.render(view, highlight, content);
    highlight.setAttribute('aria-expanded', 'true');
    if (focusInto) this.focusInto();
  }

  /** Moves keyboard focus into the open card: its dialog, whose name a screen reader reads. */
  private focusInto(): void {
    const root = this.view?.host.shadowRoot;
    if (this.anchor && root) focusCard(root, 'dialog');
  }

  private render(view: CardView, highlight: HTMLElement, content: CardContent): void {
    const setting = this.options.settingOf(highlight);
    const previous = this.trail.at(-2);
    view.show(highlight, content, { ...setting, backTo: previous?.entity.name }, this.events());
  }

  private events(): CardEvents {
    return {
      onClose: () => this.close({ returnFocus: true }),
      onPointerEnter: () => this.clearTimers(),
      onPointerLeave: () => this.scheduleClose(),
      onKeyDown: (event, card) => this.onCardKeyDown(event, card),
      onFocusOut: (event, card) => this.onCardFocusOut(event, card),
      onLost: () => this.close(),
      onOpenRelated: (id) => void this.openRelated(id),
      onBack: () => this.back(),
    };
  }

  /** A related name on the card: its card in place, with a way back. */
  private async openRelated(entityId: string): Promise<void> {
    const anchor = this.anchor;
    const request = this.request;
    const content = await this.options.contentFor(entityId);
    if (!content || !anchor || !this.view || request !== this.request || anchor !== this.anchor) return;
    this.trail.push(content);
    this.render(this.view, anchor, content);
    // The swap renders a new card: focus goes with it, so a keyboard reader carries on from there.
    this.focusInto();
  }

  private back(): void {
    if (!this.anchor || !this.view || this.trail.length < 2) return;
    this.trail.pop();
    this.render(this.view, this.anchor, this.trail.at(-1)!);
    this.focusInto();
  }

  /** Brings the first highlight of an entity into view and opens its card (the popup's list asks for this). */
  async show(entityId: string): Promise<boolean> {
    const highlight = this.options.firstHighlightOf(entityId) as HTMLElement | undefined;
    if (!highlight) return false;
    highlight.scrollIntoView({ block: 'center', inline: 'nearest' });
    await this.open(highlight);
    return this.anchor === highlight;
  }

  close({ returnFocus = false } = {}): void {
    // Only this card's own timer: a pending open of the next name (the pointer moved on to it) stays.
    clearTimeout(this.hideTimer);
    this.request += 1;
    const anchor = this.anchor;
    if (!anchor) return;
    this.anchor = undefined;
    this.trail = [];
    this.view?.hide();
    anchor.setAttribute('aria-expanded', 'false');
    if (returnFocus && anchor.isConnected && anchor.hasAttribute('tabindex')) {
      this.returningFocusTo = anchor;
      anchor.focus();
      this.returningFocusTo = undefined;
    }
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

  private async loadView(): Promise<CardView | undefined> {
    try {
      this.view ??= await this.options.loadView();
      return this.view;
    } catch {
      return undefined;
    }
  }

  private highlightOf(target: EventTarget | null): HTMLElement | undefined {
    if (!(target instanceof Element)) return undefined;
    const highlight = target.closest(HIGHLIGHT_SELECTOR);
    return highlight && this.options.isOurs(highlight) ? (highlight as HTMLElement) : undefined;
  }

  private isCardEvent(target: EventTarget | null): boolean {
    return target != null && this.view != null && target === this.view.host;
  }

  private onPointerOver(event: PointerEvent): void {
    if (!event.isTrusted) return;
    const highlight = this.highlightOf(event.target);
    if (!highlight) return;
    if (this.anchor === highlight) {
      this.clearTimers();
      return;
    }
    const resting = event.clientX === this.lastPointer.x && event.clientY === this.lastPointer.y;
    if (resting || performance.now() - this.lastScroll < SCROLL_QUIET_MS) {
      // The page scrolled the name under a resting pointer: wait for the reader to move it.
      this.pendingOver = highlight;
      return;
    }
    this.intend(highlight);
  }

  private onPointerMove(event: PointerEvent): void {
    if (!event.isTrusted) return;
    // A move event at the same place (sent after a scroll, or as content shifts) is not the reader moving.
    const moved = event.clientX !== this.lastPointer.x || event.clientY !== this.lastPointer.y;
    this.lastPointer = { x: event.clientX, y: event.clientY };
    const pending = this.pendingOver;
    if (!pending || !moved) return;
    this.pendingOver = undefined;
    if (pending.contains(event.target as Node | null)) this.intend(pending);
  }

  /** The reader rests the pointer on a name: its card opens after the hover delay. */
  private intend(highlight: HTMLElement): void {
    clearTimeout(this.showTimer);
    // Fetch the facts and load the card during the hover-intent delay, so the card opens on time.
    void this.options.contentFor(highlight.getAttribute(ENTITY_ATTR) ?? '');
    void this.loadView();
    this.showTimer = setTimeout(() => void this.open(highlight), this.options.showDelayMs());
  }

  private onPointerOut(event: PointerEvent): void {
    const highlight = this.highlightOf(event.target);
    if (!highlight || highlight.contains(event.relatedTarget as Node | null)) return;
    if (this.pendingOver === highlight) this.pendingOver = undefined;
    if (this.anchor !== highlight) {
      clearTimeout(this.showTimer);
      return;
    }
    if (!this.isCardEvent(event.relatedTarget)) this.scheduleClose();
  }

  private onFocusIn(event: FocusEvent): void {
    // A focusin the page dispatched itself is not the reader's focus.
    if (!event.isTrusted) return;
    const highlight = this.highlightOf(event.target);
    if (!highlight || highlight === this.returningFocusTo) return;
    void this.open(highlight);
  }

  private onFocusOut(event: FocusEvent): void {
    const highlight = this.highlightOf(event.target);
    if (!highlight || highlight !== this.anchor) return;
    if (this.isCardEvent(event.relatedTarget)) return;
    this.close();
  }

  private onKeyDown(event: KeyboardEvent): void {
    // Keys pressed inside the card are the card's own (see onCardKeyDown).
    if (!event.isTrusted || this.isCardEvent(event.target)) return;
    const highlight = this.highlightOf(event.target);
    if (event.key === 'Escape' && this.anchor) {
      this.close({ returnFocus: highlight === this.anchor });
      return;
    }
    // In text the reader can edit, Enter and Space are typing, not ours.
    if (!highlight || highlight.isContentEditable) return;
    // Tab goes on to the next name (the card closes as focus leaves); Enter, Space or ↓ go into the card.
    if (INTO_CARD_KEYS.has(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      void this.open(highlight, { focusInto: true });
    }
  }

  private onCardKeyDown(event: KeyboardEvent, card: HTMLElement): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.close({ returnFocus: true });
      return;
    }
    if (event.key !== 'Tab') return;
    const focusables = [...card.querySelectorAll<HTMLElement>(CARD_FOCUSABLE_SELECTOR)];
    const root = card.getRootNode();
    const active = root instanceof ShadowRoot ? root.activeElement : null;
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

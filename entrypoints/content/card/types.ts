/**
 * What the card's controller (host.ts, loaded with the highlighter) and its
 * view (view.ts, loaded on the first hover with Preact and Floating UI) say
 * to each other.
 */
import type { CardEntity } from '@/utils/messages';

export interface CardContent {
  entity: CardEntity;
  topicLabel: string;
  topicColor: string;
}

/** What the card's own elements report back to the controller. */
export interface CardEvents {
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  onKeyDown(event: KeyboardEvent, card: HTMLElement): void;
  onFocusOut(event: FocusEvent, card: HTMLElement): void;
  /** The highlight left the page or placement failed: the card must go. */
  onLost(): void;
}

export interface CardView {
  /** Shows the card for a highlight; returns the dialog element. */
  show(anchor: HTMLElement, content: CardContent, events: CardEvents): HTMLElement;
  hide(): void;
  /** The element in the page that hosts the card's shadow root. */
  readonly host: HTMLElement;
}

export type CreateCardView = (doc: Document) => CardView;

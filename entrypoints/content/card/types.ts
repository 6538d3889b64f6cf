/**
 * What the card's controller (host.ts, loaded with the highlighter) and its
 * view (view.ts, loaded on the first hover with Preact and Floating UI) say
 * to each other.
 */
import type { CardEntity, RelatedName } from '@/utils/messages';
import type { SourceKind } from '@/utils/story-date';

export interface CardContent {
  entity: CardEntity;
  topicLabel: string;
  topicColor: string;
  related: RelatedName[];
}

/** What the page says around the card: the story's date, the paragraph, the name as written. */
export interface CardSetting {
  story?: { date: string; source: SourceKind };
  context?: string;
  pageName?: string;
  /** The card this one was opened from (a related name), for the way back. */
  backTo?: string;
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
  onOpenRelated(id: string): void;
  onBack(): void;
}

export interface CardView {
  /** Shows the card for a highlight; returns the dialog element. */
  show(anchor: HTMLElement, content: CardContent, setting: CardSetting, events: CardEvents): HTMLElement;
  hide(): void;
  /** The element in the page that hosts the card's shadow root. */
  readonly host: HTMLElement;
}

export type CreateCardView = (doc: Document) => CardView;

/** What the card's stage (card-ui.js) hands the highlighter: its view, and the check of a card's facts. */
export interface CardUi {
  createView: CreateCardView;
  /** A card's facts as the background sent them, checked, with the topic's label and colour; undefined if they do not fit. */
  readCard(reply: unknown, entityId: string): CardContent | undefined;
}

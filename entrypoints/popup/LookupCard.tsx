/**
 * The card of a looked-up entity, inside the popup. The one place the popup
 * uses the page's Card: it gets its own shadow root with the card's
 * stylesheet, as on a page, and is set in the flow of the popup instead of
 * floating over it.
 */
import { h, render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Card, cardLabelsFrom } from '@/components/Card';
import cardCss from '@/components/card.css?inline';
import { ENTITY_BY_ID } from '@/utils/dataset';
import type { CardEntity } from '@/utils/messages';

/** In the popup the card is part of the page: no fixed position, no shadow, the popup's width. */
const IN_POPUP_CSS = `
:host { display: block !important; margin-top: 8px !important; }
.card { position: static; width: auto; max-width: none; max-height: none; box-shadow: none; z-index: auto; }
`;

export interface LookupCardProps {
  entity: CardEntity;
  /** The topic's label (in the reader's language) and colour, for this card and the related ones it opens. */
  topicOf: (entity: CardEntity) => { label: string; color: string };
  onClose: () => void;
}

/** The card's labels in the reader's language (English where a message is missing). */
function cardLabels() {
  return cardLabelsFrom((key) => {
    try {
      return browser.i18n.getMessage(key as never) || undefined;
    } catch {
      return undefined;
    }
  });
}

function cardOf(id: string): CardEntity | undefined {
  const entity = ENTITY_BY_ID.get(id);
  if (!entity) return undefined;
  const card: Partial<typeof entity> = { ...entity };
  delete card.aliases;
  return card as CardEntity;
}

export function LookupCard({ entity: chosen, topicOf, onClose }: LookupCardProps) {
  // Related names open in place; the way back leads to the card the reader chose.
  const [trail, setTrail] = useState<CardEntity[]>([]);
  useEffect(() => setTrail([]), [chosen]);
  const entity = trail.at(-1) ?? chosen;
  const previous = trail.length ? (trail.at(-2) ?? chosen) : undefined;
  const host = useRef<HTMLDivElement>(null);
  const labels = useRef(cardLabels());
  const mount = useRef<HTMLElement | undefined>(undefined);
  // The latest callback, without re-rendering the card (and losing focus) when the popup re-renders.
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const root = host.current!.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = cardCss + IN_POPUP_CSS;
    const container = document.createElement('div');
    root.append(style, container);
    mount.current = container;
    return () => render(null, container);
  }, []);

  useEffect(() => {
    const theme = window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    const related = (entity.related ?? []).flatMap((id) => {
      const other = ENTITY_BY_ID.get(id);
      return other ? [{ id, name: other.name }] : [];
    });
    render(
      h(Card, {
        entity,
        topicLabel: topicOf(entity).label,
        topicColor: topicOf(entity).color,
        theme,
        labels: labels.current,
        related,
        backTo: previous?.name,
        onOpenRelated: (id: string) => {
          const next = cardOf(id);
          if (next) setTrail((current) => [...current, next]);
        },
        onBack: () => setTrail((current) => current.slice(0, -1)),
        onClose: () => close.current(),
        initialFocus: 'first',
      }),
      mount.current!,
    );
  }, [entity, previous]);

  return <div ref={host} class="lookup-card" />;
}

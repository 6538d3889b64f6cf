/**
 * The card of a looked-up entity, inside the popup. The one place the popup
 * uses the page's Card: it gets its own shadow root with the card's
 * stylesheet, as on a page, and is set in the flow of the popup instead of
 * floating over it.
 */
import { h, render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Card } from '@/components/Card';
import cardCss from '@/components/card.css?inline';
import type { CardEntity } from '@/utils/messages';

/** In the popup the card is part of the page: no fixed position, no shadow, the popup's width. */
const IN_POPUP_CSS = `
:host { display: block !important; margin-top: 8px !important; }
.card { position: static; width: auto; max-width: none; max-height: none; box-shadow: none; z-index: auto; }
`;

export interface LookupCardProps {
  entity: CardEntity;
  topicLabel: string;
  topicColor: string;
  onClose: () => void;
}

export function LookupCard({ entity, topicLabel, topicColor, onClose }: LookupCardProps) {
  const host = useRef<HTMLDivElement>(null);
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
    render(h(Card, { entity, topicLabel, topicColor, theme, onClose: () => close.current() }), mount.current!);
    // The reader chose this card: take them into it, to its first control.
    host.current!.shadowRoot!.querySelector<HTMLElement>('button, a[href]')?.focus();
  }, [entity, topicLabel, topicColor]);

  return <div ref={host} class="lookup-card" />;
}

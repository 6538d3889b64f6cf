/**
 * The card on screen: the Card component rendered with Preact into a shadow
 * root (shadow-host.ts), placed next to its highlight with Floating UI and
 * kept there while the page scrolls or reflows. Loaded on the first hover,
 * so pages nobody hovers never load Preact or Floating UI.
 */
import { h, render } from 'preact';
import { autoUpdate } from '@floating-ui/dom';
import { Card } from '@/components/Card';
import cardCss from '@/components/card.css?inline';
import { createShadowHost } from './shadow-host';
import { pageTheme } from './theme';
import { place } from './place';
import type { CardView, CreateCardView } from './types';

export const createCardView: CreateCardView = (doc) => {
  const ui = createShadowHost(doc, cardCss);
  let stopAutoUpdate: (() => void) | undefined;

  const view: CardView = {
    host: ui.shadowHost,
    show(anchor, content, events) {
      view.hide();
      ui.mount();
      render(h(Card, { ...content, theme: pageTheme(doc), onClose: events.onClose }), ui.uiContainer);
      const card = ui.uiContainer.querySelector<HTMLElement>('[role="dialog"]')!;
      card.addEventListener('pointerenter', () => events.onPointerEnter());
      card.addEventListener('pointerleave', () => events.onPointerLeave());
      card.addEventListener('keydown', (event) => events.onKeyDown(event, card));
      card.addEventListener('focusout', (event) => events.onFocusOut(event, card));
      stopAutoUpdate = autoUpdate(anchor, card, () => {
        if (!anchor.isConnected) events.onLost();
        else place(anchor, card).catch(() => events.onLost());
      });
      return card;
    },
    hide() {
      stopAutoUpdate?.();
      stopAutoUpdate = undefined;
      render(null, ui.uiContainer);
      ui.remove();
    },
  };
  return view;
};

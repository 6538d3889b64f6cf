/**
 * The card on screen: the Card component rendered with Preact into a shadow
 * root (shadow-host.ts), placed next to its highlight with Floating UI and
 * kept there while the page scrolls or reflows. Loaded on the first hover,
 * so pages nobody hovers never load Preact or Floating UI.
 */
import { h, render } from 'preact';
import { autoUpdate } from '@floating-ui/dom';
import { browser } from 'wxt/browser';
import { Card, cardLabelsFrom } from '@/components/Card';
import cardCss from '@/components/card.css?inline';
import { cardLinkTargets } from '@/utils/card-links';
import { createShadowHost } from './shadow-host';
import { guardLinks } from './link-guard';
import { pageTheme } from './theme';
import { place } from './place';
import type { CardView, CreateCardView } from './types';

/** A message in the reader's language (the browser's), or undefined where there is none. */
function message(key: string): string | undefined {
  return browser.i18n.getMessage(key as never) || undefined;
}

export const createCardView: CreateCardView = (doc) => {
  const ui = createShadowHost(doc, cardCss);
  const labels = cardLabelsFrom(message);
  let stopAutoUpdate: (() => void) | undefined;
  let linkTargets: ReadonlySet<string> = new Set();
  guardLinks(ui.shadowHost.shadowRoot ?? ui.uiContainer, () => linkTargets);

  const view: CardView = {
    host: ui.shadowHost,
    show(anchor, content, setting, events) {
      view.hide();
      linkTargets = cardLinkTargets(content.entity);
      ui.mount();
      const story = setting.story && {
        date: setting.story.date,
        sourceLabel: message(`storySource_${setting.story.source}`) ?? setting.story.source,
      };
      render(
        h(Card, {
          entity: content.entity,
          topicLabel: content.topicLabel,
          topicColor: content.topicColor,
          related: content.related,
          theme: pageTheme(doc),
          labels,
          story,
          context: setting.context,
          pageName: setting.pageName,
          backTo: setting.backTo,
          onOpenRelated: events.onOpenRelated,
          onBack: events.onBack,
          onClose: events.onClose,
        }),
        ui.uiContainer,
      );
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

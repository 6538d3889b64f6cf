/**
 * A card's facts as the background sent them, checked where the card is
 * drawn: this runs in the card's stage, which loads on the first hover, so
 * the highlighting stage (on every page with a name) carries no schema
 * library, as the loader (on every page) carries none.
 */
import { browser } from 'wxt/browser';
import { parseGetEntityResponse } from '@/utils/messages';
import { getTopic } from '@/utils/topics';
import { createTranslate, topicLabel } from '@/utils/i18n';
import type { CardContent } from './types';

/** The interface's language (the browser's), for the topic's label on the card. */
const t = createTranslate((key) => browser.i18n.getMessage(key as never) || undefined);

export function readCard(reply: unknown, entityId: string): CardContent | undefined {
  const card = parseGetEntityResponse(reply, entityId);
  if (!card) return undefined;
  const topic = getTopic(card.entity.topic);
  return { ...card, topicLabel: topicLabel(t, topic.id), topicColor: topic.color };
}

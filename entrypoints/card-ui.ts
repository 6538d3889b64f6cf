/**
 * The card's view (Preact, Floating UI) and the check of a card's facts,
 * loaded by the highlighting stage when a reader first hovers or focuses a
 * name (see entrypoints/content/stage.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardView } from './content/card/view';
import { readCard } from './content/card/read';
import type { CardUi } from './content/card/types';
import { register } from './content/stage';

export default defineUnlistedScript(() => register<CardUi>('cardUi', { createView: createCardView, readCard }));

/**
 * The card's view (Preact, Floating UI), loaded by the highlighting stage
 * when a reader first hovers or focuses a name (see entrypoints/content/stage.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardView } from './content/card/view';
import { register } from './content/stage';

export default defineUnlistedScript(() => register('cardUi', createCardView));

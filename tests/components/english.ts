/** The translator components get in tests: the real English messages, without the browser. */
import english from '../../public/_locales/en/messages.json';
import { translatorFrom } from '../../utils/i18n';

export const t = translatorFrom(english);

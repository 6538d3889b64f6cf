import type { Translate } from '@/utils/i18n';

export interface ShortcutInfoProps {
  /** The current binding as the browser reports it ("Alt+Shift+U"); empty when none is set, undefined while asked. */
  shortcut: string | undefined;
  /** Open the browser's own shortcut settings (extension pages cannot link to them). */
  onChange: () => void;
  t: Translate;
}

/** The keyboard shortcut that turns highlights on and off, and the way to change it. */
export function ShortcutInfo({ shortcut, onChange, t }: ShortcutInfoProps) {
  return (
    <fieldset class="group">
      <legend>{t('options_shortcutLegend')}</legend>
      <dl class="shortcut">
        <dt>{t('command_toggleHighlights')}</dt>
        <dd>
          {shortcut ? (
            <kbd>{shortcut}</kbd>
          ) : (
            <span class="muted">{shortcut === '' ? t('options_shortcutNone') : ''}</span>
          )}
        </dd>
      </dl>
      <button type="button" class="link-button" onClick={onChange}>
        {t('options_shortcutChange')}
      </button>
    </fieldset>
  );
}

import type { Translate } from '@/utils/i18n';

export interface SettingsTransferProps {
  onExport: () => void;
  /** Receives the chosen file's text; the caller validates it and reports back through `message`. */
  onImport: (text: string) => void;
  onReset: () => void;
  message?: { kind: 'status' | 'error'; text: string };
  t: Translate;
}

/** Export, import and reset of the settings, with one message line saying what happened. */
export function SettingsTransfer({ onExport, onImport, onReset, message, t }: SettingsTransferProps) {
  return (
    <fieldset class="group">
      <legend>{t('options_transferLegend')}</legend>
      <div class="actions">
        <button type="button" onClick={onExport}>
          {t('options_export')}
        </button>
        <label class="file-button">
          {t('options_import')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={async (event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (file) onImport(await file.text());
              input.value = '';
            }}
          />
        </label>
        <button type="button" onClick={onReset}>
          {t('options_reset')}
        </button>
      </div>
      <p
        class={message?.kind === 'error' ? 'message error' : 'message'}
        role={message?.kind === 'error' ? 'alert' : 'status'}
      >
        {message?.text ?? ''}
      </p>
    </fieldset>
  );
}

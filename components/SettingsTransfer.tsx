import type { Translate } from '@/utils/i18n';
import { Notice } from './Notice';

export interface SettingsTransferProps {
  onExport: () => void;
  /** Receives the chosen file's text; the caller validates it and reports back through `message`. */
  onImport: (text: string) => void;
  /** Files larger than this are refused before they are read (a huge file would stall the page). */
  maxBytes: number;
  /** The chosen file was over `maxBytes`: it was not read. */
  onTooLarge: () => void;
  onReset: () => void;
  message?: { kind: 'status' | 'error'; text: string };
  t: Translate;
}

/** Export, import and reset of the settings, with one message line saying what happened. */
export function SettingsTransfer({
  onExport,
  onImport,
  maxBytes,
  onTooLarge,
  onReset,
  message,
  t,
}: SettingsTransferProps) {
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
              input.value = '';
              if (!file) return;
              if (file.size > maxBytes) onTooLarge();
              else onImport(await file.text().catch(() => ''));
            }}
          />
        </label>
        <button type="button" onClick={onReset}>
          {t('options_reset')}
        </button>
      </div>
      <Notice message={message} />
    </fieldset>
  );
}

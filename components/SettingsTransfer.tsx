export interface SettingsTransferProps {
  onExport: () => void;
  /** Receives the chosen file's text; the caller validates it and reports back through `message`. */
  onImport: (text: string) => void;
  onReset: () => void;
  message?: { kind: 'status' | 'error'; text: string };
}

/** Export, import and reset of the settings, with one message line saying what happened. */
export function SettingsTransfer({ onExport, onImport, onReset, message }: SettingsTransferProps) {
  return (
    <fieldset class="group">
      <legend>Your settings</legend>
      <div class="actions">
        <button type="button" onClick={onExport}>
          Export settings…
        </button>
        <label class="file-button">
          Import settings…
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
          Reset to defaults
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

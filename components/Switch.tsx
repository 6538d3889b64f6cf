import { useId } from 'preact/hooks';

export interface SwitchProps {
  label: string;
  checked: boolean;
  description?: string;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** A checkbox with the switch role: screen readers announce its name and on/off, then the description. */
export function Switch({ label, checked, description, disabled = false, onChange }: SwitchProps) {
  const id = useId();
  return (
    <div class="switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={description ? `${id}-description` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span class="switch-text">
        <label class="switch-label" for={id}>
          {label}
        </label>
        {description ? (
          <span class="switch-description" id={`${id}-description`}>
            {description}
          </span>
        ) : null}
      </span>
    </div>
  );
}

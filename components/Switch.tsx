export interface SwitchProps {
  label: string;
  checked: boolean;
  description?: string;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** A checkbox with the switch role: screen readers announce it as on/off. */
export function Switch({ label, checked, description, disabled = false, onChange }: SwitchProps) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span class="switch-text">
        <span class="switch-label">{label}</span>
        {description ? <span class="switch-description">{description}</span> : null}
      </span>
    </label>
  );
}

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  description?: string;
}

export interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  options: readonly RadioOption<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A fieldset of radio buttons: one choice among a few, all visible at once. */
export function RadioGroup<T extends string>({ legend, name, options, value, onChange }: RadioGroupProps<T>) {
  return (
    <fieldset class="group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} class="radio-option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span class="option-label">{option.label}</span>
          {option.description ? <span class="option-description">{option.description}</span> : null}
        </label>
      ))}
    </fieldset>
  );
}

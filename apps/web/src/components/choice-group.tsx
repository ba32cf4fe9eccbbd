import type { ReactNode } from 'react';
import { Checkbox, CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A labelled group of checkboxes (react-aria CheckboxGroup); the value keeps the options' order. */
export function ChoiceGroup<T extends string>({
  name,
  label,
  description,
  options,
  value,
  onChange,
  error,
}: {
  name: string;
  label: string;
  description?: ReactNode;
  options: readonly Choice<T>[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  error?: string | null | undefined;
}) {
  return (
    <CheckboxGroup
      className="field"
      name={name}
      value={[...value]}
      onChange={(next) =>
        onChange(options.filter((option) => next.includes(option.value)).map((option) => option.value))
      }
      isInvalid={Boolean(error)}
    >
      <Label className="field-label">{label}</Label>
      {description ? (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      ) : null}
      <div className="checkbox-options">
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value} className="checkbox">
            {option.label}
          </Checkbox>
        ))}
      </div>
      <FieldError className="field-error">{error}</FieldError>
    </CheckboxGroup>
  );
}

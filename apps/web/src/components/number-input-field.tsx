import type { ReactNode } from 'react';
import { Button, FieldError, Group, Input, Label, NumberField, Text } from 'react-aria-components';

/**
 * A whole number with − and + buttons (react-aria NumberField): arrow keys step, the value is
 * formatted in the UI language and NaN while empty. `name` goes on the visible input, so a failed
 * submit can focus it.
 */
export function NumberInputField({
  label,
  name,
  value,
  onChange,
  minValue,
  maxValue,
  description,
  error,
  isRequired = false,
  isDisabled = false,
}: {
  label: string;
  name: string;
  value: number;
  onChange: (value: number) => void;
  minValue: number;
  maxValue: number;
  description?: ReactNode;
  error?: string | null | undefined;
  isRequired?: boolean;
  isDisabled?: boolean;
}) {
  return (
    <NumberField
      className="field"
      value={value}
      onChange={onChange}
      minValue={minValue}
      maxValue={maxValue}
      step={1}
      formatOptions={{ maximumFractionDigits: 0 }}
      isRequired={isRequired}
      isInvalid={Boolean(error)}
      isDisabled={isDisabled}
    >
      <Label className="field-label">{label}</Label>
      <Group className="number-group">
        <Button slot="decrement" className="number-step">
          −
        </Button>
        <Input className="input number-input" name={name} />
        <Button slot="increment" className="number-step">
          +
        </Button>
      </Group>
      {description ? (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{error}</FieldError>
    </NumberField>
  );
}

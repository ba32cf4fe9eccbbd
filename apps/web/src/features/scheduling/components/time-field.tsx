import { FieldError, Input, Label, TextField } from 'react-aria-components';

/** A labelled native time or date input; the browser gives it a keyboard-friendly picker. */
export function TimeField({
  label,
  name,
  value,
  onChange,
  type = 'time',
  error,
  isDisabled = false,
  autoFocus = false,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'time' | 'date';
  error?: string | null | undefined;
  isDisabled?: boolean;
  autoFocus?: boolean;
}) {
  return (
    <TextField
      className="field"
      name={name}
      type={type}
      value={value}
      onChange={onChange}
      isRequired
      isInvalid={Boolean(error)}
      isDisabled={isDisabled}
    >
      <Label className="field-label">{label}</Label>
      <Input className="input input-time" autoFocus={autoFocus} />
      <FieldError className="field-error">{error}</FieldError>
    </TextField>
  );
}

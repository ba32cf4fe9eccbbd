import type { ReactNode } from 'react';
import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
} from 'react-aria-components';

export interface SelectOption<T extends string> {
  id: T;
  label: string;
}

/** A labelled single-choice list (react-aria Select): a button that opens a list box, typeahead included. */
export function SelectField<T extends string>({
  label,
  name,
  value,
  onChange,
  options,
  description,
  error,
  className,
  isDisabled = false,
}: {
  label: string;
  name: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly SelectOption<T>[];
  description?: ReactNode;
  error?: string | null | undefined;
  className?: string;
  isDisabled?: boolean;
}) {
  return (
    <Select
      className={['field', className ?? ''].filter(Boolean).join(' ')}
      name={name}
      value={value}
      onChange={(key) => {
        const option = options.find((candidate) => candidate.id === key);
        if (option) onChange(option.id);
      }}
      isInvalid={Boolean(error)}
      isDisabled={isDisabled}
    >
      <Label className="field-label">{label}</Label>
      <Button className="input select-button">
        <SelectValue className="select-value" />
        <span className="select-arrow" aria-hidden="true" />
      </Button>
      {description ? (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="listbox-item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

import { useState } from 'react';

export type FieldErrorMap<Field extends string> = Partial<Record<Field, string | null | undefined>>;

/**
 * "Validate on submit, then live": no field shows an error before the first submit attempt; after
 * it, each error vanishes the moment its field is fixed. Errors therefore never appear or vanish on
 * blur, which would shift the submit button away from under a pointer that is pressing it.
 *
 * `errors` lists the current client-side errors in field order; `check` is called on submit: it
 * reveals the errors and focuses the first invalid field (by its `name`), returning whether all is valid.
 */
export function useSubmitValidation<Field extends string>(errors: FieldErrorMap<Field>) {
  const [attempted, setAttempted] = useState(false);

  function check(form: HTMLFormElement): boolean {
    setAttempted(true);
    const firstInvalid = (Object.keys(errors) as Field[]).find((field) => errors[field]);
    if (firstInvalid === undefined) return true;
    const element = form.elements.namedItem(firstInvalid);
    if (element instanceof HTMLElement) element.focus();
    return false;
  }

  return {
    visibleErrors: attempted ? errors : ({} as FieldErrorMap<Field>),
    check,
    reset: () => setAttempted(false),
  };
}

/** The HTML standard's definition of a valid email address, as `<input type="email">` checks it. */
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

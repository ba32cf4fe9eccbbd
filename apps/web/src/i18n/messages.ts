import type { fi } from './fi.ts';

/** The shape of a language: Finnish's keys with any strings, so a missing or extra key fails type-checking. */
export type Messages<T = typeof fi> = {
  readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
};

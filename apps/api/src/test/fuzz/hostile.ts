import fc from 'fast-check';

/** Strings that have broken real systems: control and invisible characters, bad dates, injections. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'nul\u0000in the middle',
  '\uD800',
  'lone \uDC00 surrogate',
  '\u202Eevil.exe',
  'zero\u200Bwidth\uFEFF',
  "'; drop table users; --",
  '1 OR 1=1',
  '" OR ""="',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose.
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '2023-02-30',
  '2023-13-01T25:61:00Z',
  '2024-01-01T10:00:00',
  '0000-00-00',
  '9999-12-31T23:59:59Z',
  '-infinity',
  'NaN',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  '🧑‍🎤'.repeat(50),
  'a'.repeat(10_001),
];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 3000 }),
);

const hostileNumber = fc.oneof(
  fc.constantFrom(0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 0.5, 2 ** 31),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const sneakyKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'role',
  'isAdmin',
  'userId',
  'id',
  '',
);

/** Any JSON value, biased toward the ones validators forget. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(sneakyKey, fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 3 }),
    fc.constant(Array.from({ length: 5000 }, (_, i) => i)),
  ),
})).value;

interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

/** A value the schema would plausibly accept: enough to get past the first check and reach deeper ones. */
export function plausible(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  if (!schema) return hostileValue;
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options && options.length > 0) return fc.oneof(...options.map(plausible));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'date') return fc.constantFrom('2026-12-01', '2027-03-28', '2023-02-30');
      if (schema.format === 'date-time') {
        return fc.constantFrom(
          '2026-12-01T09:00:00.000Z',
          '2027-03-28T01:30:00+02:00',
          '2026-12-01T09:00:00',
        );
      }
      if (schema.format === 'email') return fc.constantFrom('someone@example.test', 'NOT AN EMAIL', 'a@b');
      if (schema.pattern) return fc.constantFrom('09:00', '24:00', '9:00', '12:30');
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 40) });
    case 'integer':
    case 'number':
      return fc.integer({
        min: Math.max(schema.minimum ?? -10, -1e6),
        max: Math.min(schema.maximum ?? 100, 1e6),
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(plausible(schema.items), { maxLength: 3 });
    case 'object':
      return plausibleObject(schema);
    default:
      return hostileValue;
  }
}

function plausibleObject(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(schema.properties ?? {});
  return fc.record(Object.fromEntries(entries.map(([key, value]) => [key, plausible(value)])), {
    requiredKeys: [],
  });
}

/**
 * A body for the route: a plausible object with some fields swapped for hostile values, sometimes
 * an extra sneaky key, sometimes not an object at all.
 */
export function hostileBody(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  const base = schema?.properties
    ? plausibleObject(schema)
    : fc.dictionary(fc.string({ maxLength: 8 }), hostileValue);
  const keys = Object.keys(schema?.properties ?? {});
  const poisoned = fc
    .tuple(
      base,
      fc.subarray(keys, { maxLength: Math.min(2, keys.length) }),
      fc.array(hostileValue, { minLength: 2, maxLength: 2 }),
      fc.option(fc.tuple(sneakyKey, hostileValue)),
    )
    .map(([body, fields, values, extra]) => {
      const copy: Record<string, unknown> = { ...body };
      fields.forEach((field, i) => {
        copy[field] = values[i];
      });
      if (extra) Object.defineProperty(copy, extra[0], { value: extra[1], enumerable: true });
      return copy;
    });
  return fc.oneof(
    { weight: 6, arbitrary: poisoned },
    { weight: 1, arbitrary: base },
    { weight: 1, arbitrary: hostileValue },
  );
}

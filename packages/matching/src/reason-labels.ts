export type TagLabels = Map<string, { fi: string; en: string }>;

/** Language codes in reasons ("Yhteinen kieli: fi") read as words. */
const LANGUAGE_LABELS: TagLabels = new Map([
  ['fi', { fi: 'suomi', en: 'Finnish' }],
  ['sv', { fi: 'ruotsi', en: 'Swedish' }],
  ['en', { fi: 'englanti', en: 'English' }],
]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The engine writes tag slugs ("visual-arts") into its reason texts; people read the program's
 * labels ("Kuvataide" / "Visual arts"), and language names instead of codes. Slugs stand as
 * whole items in the engine's lists.
 */
export function labelReasons<R extends { fi: string; en: string }>(
  reasons: readonly R[],
  labels: TagLabels,
): R[] {
  const all: TagLabels = new Map([...LANGUAGE_LABELS, ...labels]);
  const pattern = new RegExp(
    `(?<=^|[\\s:(,])(${[...all.keys()].map(escapeRegExp).join('|')})(?=$|[,)\\s])`,
    'g',
  );
  return reasons.map((r) => ({
    ...r,
    fi: r.fi.replace(pattern, (slug) => all.get(slug)?.fi ?? slug),
    en: r.en.replace(pattern, (slug) => all.get(slug)?.en ?? slug),
  }));
}

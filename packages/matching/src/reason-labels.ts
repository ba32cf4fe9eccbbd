export type TagLabels = Map<string, { fi: string; en: string }>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The engine writes tag slugs ("visual-arts") into its reason texts; people read the program's
 * labels ("Kuvataide" / "Visual arts"). Slugs stand as whole items in the engine's lists.
 */
export function labelReasons<R extends { fi: string; en: string }>(
  reasons: readonly R[],
  labels: TagLabels,
): R[] {
  if (labels.size === 0) return [...reasons];
  const pattern = new RegExp(
    `(?<=^|[\\s:(,])(${[...labels.keys()].map(escapeRegExp).join('|')})(?=$|[,)\\s])`,
    'g',
  );
  return reasons.map((r) => ({
    ...r,
    fi: r.fi.replace(pattern, (slug) => labels.get(slug)?.fi ?? slug),
    en: r.en.replace(pattern, (slug) => labels.get(slug)?.en ?? slug),
  }));
}

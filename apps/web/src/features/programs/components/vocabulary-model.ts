import type { Tag } from '@mentoring/contracts';

export type TagKind = Tag['kind'];

export interface TagDraft {
  key: string;
  kind: TagKind;
  /** Empty for a tag not saved yet: it gets one from its label on save. */
  slug: string;
  labelFi: string;
  labelEn: string;
}

let keys = 0;
export const newTagKey = () => `tag-${++keys}`;

export function draftsOf(tags: readonly Tag[]): TagDraft[] {
  return tags.map((tag) => ({ key: `${tag.kind}:${tag.slug}`, ...tag }));
}

/** "Elokuva ja media" → "elokuva-ja-media": the stable id profiles refer to. */
export function slugify(label: string): string {
  const slug = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56);
  return slug || 'tag';
}

/** Kept tags keep their slug (profiles point at it); new ones get a unique slug from their English or Finnish label. */
export function toTags(drafts: readonly TagDraft[]): Tag[] {
  const taken = new Set(drafts.filter((d) => d.slug).map((d) => `${d.kind}:${d.slug}`));
  return drafts.map((draft) => {
    const labelFi = draft.labelFi.trim();
    const labelEn = draft.labelEn.trim();
    let slug = draft.slug;
    if (!slug) {
      const base = slugify(labelEn || labelFi);
      slug = base;
      for (let n = 2; taken.has(`${draft.kind}:${slug}`); n += 1) slug = `${base}-${n}`;
      taken.add(`${draft.kind}:${slug}`);
    }
    return { kind: draft.kind, slug, labelFi, labelEn };
  });
}

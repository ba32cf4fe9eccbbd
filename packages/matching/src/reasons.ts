import type { Reason, ReasonCode, ReasonParams } from './types.ts';

/**
 * Finnish and English text for every reason code. UIs with their own i18n layer translate
 * `code` + `params`; these strings are for logs, exports and clients without one.
 */
type Texts = (params: ReasonParams) => { fi: string; en: string };

const list = (value: ReasonParams[string] | undefined): string =>
  Array.isArray(value) ? value.join(', ') : String(value ?? '');

const ordinalEn = (rank: number): string => {
  const suffix = rank % 100 >= 11 && rank % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][rank % 10] ?? 'th');
  return `${rank}${suffix}`;
};

const TEXTS: Record<ReasonCode, Texts> = {
  sector_match: (p) => ({ fi: `Sama ala: ${list(p.sectors)}`, en: `Same sector: ${list(p.sectors)}` }),
  sector_mismatch: (p) => ({
    fi: `Eri ala (aktori: ${list(p.actorSectors)}, mentori: ${list(p.mentorSectors)})`,
    en: `Different sector (actor: ${list(p.actorSectors)}, mentor: ${list(p.mentorSectors)})`,
  }),
  sector_unknown: () => ({ fi: 'Aktorin alaa ei ole kerrottu', en: "The actor's sector is not given" }),
  needs_all: (p) => ({
    fi: `Osaaminen kattaa kaikki tarpeet: ${list(p.covered)}`,
    en: `Expertise covers all needs: ${list(p.covered)}`,
  }),
  needs_some: (p) => ({
    fi: `Osaaminen kattaa ${p.coveredCount}/${p.total} tarpeista: ${list(p.covered)} (puuttuu: ${list(p.missing)})`,
    en: `Expertise covers ${p.coveredCount} of ${p.total} needs: ${list(p.covered)} (missing: ${list(p.missing)})`,
  }),
  needs_uncovered: (p) => ({
    fi: `Osaaminen ei kata tarpeita: ${list(p.missing)}`,
    en: `Expertise covers none of the needs: ${list(p.missing)}`,
  }),
  needs_unknown: () => ({
    fi: 'Aktori ei ole kertonut tarpeitaan',
    en: 'The actor has not listed any needs',
  }),
  language_shared: (p) => ({
    fi: `Yhteinen kieli: ${list(p.languages)}`,
    en: `Shared language: ${list(p.languages)}`,
  }),
  language_none: () => ({ fi: 'Ei yhteistä kieltä', en: 'No shared language' }),
  location_in_person: (p) => ({
    fi: `Voivat tavata kasvokkain: ${list(p.place)}`,
    en: `Can meet in person: ${list(p.place)}`,
  }),
  location_remote: () => ({ fi: 'Voivat tavata etänä', en: 'Can meet remotely' }),
  location_travel: (p) => ({
    fi: `Kasvokkain vain matkustamalla (${list(p.actorPlace)} – ${list(p.mentorPlace)})`,
    en: `In person only by travelling (${list(p.actorPlace)} – ${list(p.mentorPlace)})`,
  }),
  location_incompatible: () => ({
    fi: 'Tapaamistavat eivät sovi yhteen',
    en: 'Meeting modes do not fit together',
  }),
  wish_rank: (p) => ({
    fi: `Aktorin ${p.rank}. toive`,
    en: `The actor's ${ordinalEn(Number(p.rank))} wish`,
  }),
  wish_none: () => ({ fi: 'Ei aktorin toiveissa', en: "Not among the actor's wishes" }),
};

export type ReasonFactory = (
  criterion: Reason['criterion'],
  code: ReasonCode,
  params?: ReasonParams,
) => Reason;

/** Reasons without params are the same every time: one frozen object each. */
const CONSTANT = new Map<ReasonCode, Reason>();

export const reason: ReasonFactory = (criterion, code, params) => {
  if (params === undefined) {
    let shared = CONSTANT.get(code);
    if (shared === undefined) {
      const { fi, en } = TEXTS[code]({});
      shared = Object.freeze({ criterion, code, params: Object.freeze({}), fi, en });
      CONSTANT.set(code, shared);
    }
    return shared;
  }
  const { fi, en } = TEXTS[code](params);
  return { criterion, code, params, fi, en };
};

/** Every reason code with its texts, for UIs that check their own translations cover them all. */
export const REASON_CODES = Object.keys(TEXTS) as ReasonCode[];

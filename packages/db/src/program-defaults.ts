import type { PhaseKind, TagKind } from './schema/index.ts';

export interface DefaultTag {
  kind: TagKind;
  slug: string;
  labelFi: string;
  labelEn: string;
}
export interface DefaultPhase {
  kind: PhaseKind;
  name: string;
  startsOn: string;
  endsOn: string;
}

const sector = (slug: string, labelFi: string, labelEn: string): DefaultTag => ({
  kind: 'sector',
  slug,
  labelFi,
  labelEn,
});
const topic = (slug: string, labelFi: string, labelEn: string): DefaultTag => ({
  kind: 'topic',
  slug,
  labelFi,
  labelEn,
});

/** The vocabulary a new program starts with; coordinators edit it per program. */
export const DEFAULT_TAGS: DefaultTag[] = [
  sector('festivals', 'Festivaalit', 'Festivals'),
  sector('theatre', 'Teatteri', 'Theatre'),
  sector('music', 'Musiikki', 'Music'),
  sector('visual-arts', 'Kuvataide', 'Visual arts'),
  sector('dance', 'Tanssi', 'Dance'),
  sector('circus', 'Sirkus', 'Circus'),
  sector('film-media', 'Elokuva ja media', 'Film and media'),
  sector('games', 'Pelit', 'Games'),
  sector('literature', 'Kirjallisuus', 'Literature'),
  sector('events', 'Tapahtumat', 'Events'),
  sector('cultural-policy', 'Kulttuuripolitiikka', 'Cultural policy'),
  sector('design', 'Muotoilu', 'Design'),
  topic('funding', 'Rahoitus ja apurahat', 'Funding and grants'),
  topic('budgeting', 'Budjetointi ja talous', 'Budgeting and finance'),
  topic('contracts', 'Sopimukset ja tekijänoikeudet', 'Contracts and copyright'),
  topic('marketing', 'Markkinointi ja viestintä', 'Marketing and communication'),
  topic('audiences', 'Yleisötyö', 'Audience development'),
  topic('international', 'Kansainvälistyminen', 'Going international'),
  topic('leadership', 'Johtaminen ja tiimityö', 'Leadership and teamwork'),
  topic('productization', 'Tuotteistaminen', 'Productization'),
  topic('entrepreneurship', 'Yrittäjyys', 'Entrepreneurship'),
  topic('wellbeing', 'Jaksaminen ja työhyvinvointi', 'Wellbeing at work'),
  topic('networking', 'Verkostoituminen', 'Networking'),
  topic('project-management', 'Projektinhallinta', 'Project management'),
  topic('sustainability', 'Kestävä tuotanto', 'Sustainable production'),
  topic('career', 'Urasuunnittelu', 'Career planning'),
  topic('touring', 'Kiertuetuotanto', 'Touring'),
  topic('partnerships', 'Yhteistyökumppanit ja sponsorit', 'Partners and sponsors'),
  topic('accessibility', 'Saavutettavuus', 'Accessibility'),
];

const DAY = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (iso: string, days: number) => toIso(new Date(toDate(iso).getTime() + days * DAY));

/**
 * The usual rhythm of a cohort when the coordinator gives none: a kick-off week, goal setting
 * over the first month, a mid-point review week in the middle, and a closing fortnight.
 */
export function defaultPhases(startsOn: string, endsOn: string): DefaultPhase[] {
  const days = Math.round((toDate(endsOn).getTime() - toDate(startsOn).getTime()) / DAY);
  const clamp = (iso: string) => (iso > endsOn ? endsOn : iso < startsOn ? startsOn : iso);
  const mid = addDays(startsOn, Math.floor(days / 2));
  return [
    { kind: 'kickoff', name: '', startsOn, endsOn: clamp(addDays(startsOn, Math.min(6, days))) },
    { kind: 'goal_setting', name: '', startsOn, endsOn: clamp(addDays(startsOn, Math.min(30, days))) },
    { kind: 'midpoint', name: '', startsOn: mid, endsOn: clamp(addDays(mid, 6)) },
    { kind: 'closing', name: '', startsOn: clamp(addDays(endsOn, -Math.min(13, days))), endsOn },
  ];
}

/**
 * Varied, realistic profiles for the demo: Pirkanmaa municipalities, creative-industry sectors,
 * a few Swedish and English speakers, mentors whose capacities add up to more than 30 with one
 * mentor kept tight, so matching has a real trade-off to show.
 */
const MUNICIPALITIES = [
  'Tampere',
  'Tampere',
  'Tampere',
  'Nokia',
  'Ylöjärvi',
  'Kangasala',
  'Lempäälä',
  'Pirkkala',
  'Valkeakoski',
  'Sastamala',
  'Mänttä-Vilppula',
  'Orivesi',
  'Akaa',
  'Hämeenkyrö',
];

export interface DemoProfile {
  bio: string;
  sectors: string[];
  topics: string[];
  languages: string[];
  municipality: string;
  meetingModes: string[];
  capacity: number | null;
  yearsOfExperience: number | null;
  goals: string;
}

const MENTORS: Omit<DemoProfile, 'yearsOfExperience' | 'goals'>[] = [
  {
    bio: 'Festivaalijohtaja, jolla on 25 vuoden kokemus kesäfestivaalien tuottamisesta ja rahoituksesta.',
    sectors: ['festivals', 'music'],
    topics: ['funding', 'budgeting', 'partnerships', 'leadership'],
    languages: ['fi', 'en'],
    municipality: 'Tampere',
    meetingModes: ['in_person', 'remote'],
    capacity: 5,
  },
  {
    bio: 'Teatterin tuottaja ja entinen vapaan kentän ryhmän toiminnanjohtaja.',
    sectors: ['theatre', 'dance'],
    topics: ['funding', 'project-management', 'wellbeing', 'contracts'],
    languages: ['fi'],
    municipality: 'Tampere',
    meetingModes: ['in_person'],
    capacity: 4,
  },
  {
    bio: 'Musiikkialan yrittäjä: levy-yhtiö, keikkamyynti ja kiertueet Pohjoismaissa.',
    sectors: ['music', 'events'],
    topics: ['touring', 'international', 'entrepreneurship', 'marketing'],
    languages: ['fi', 'sv', 'en'],
    municipality: 'Nokia',
    meetingModes: ['remote', 'in_person'],
    capacity: 4,
  },
  {
    bio: 'Kuvataiteen ja muotoilun näyttelytuottaja, kansainväliset yhteistuotannot.',
    sectors: ['visual-arts', 'design'],
    topics: ['international', 'funding', 'audiences', 'sustainability'],
    languages: ['fi', 'en'],
    municipality: 'Kangasala',
    meetingModes: ['remote'],
    capacity: 4,
  },
  {
    bio: 'Peli- ja mediayrityksen tuottaja, tuotteistamisen ja liiketoiminnan kehittäjä.',
    sectors: ['games', 'film-media'],
    topics: ['productization', 'entrepreneurship', 'marketing', 'project-management'],
    languages: ['fi', 'en'],
    municipality: 'Tampere',
    meetingModes: ['remote', 'in_person'],
    capacity: 4,
  },
  {
    bio: 'Sirkus- ja katutaidetapahtumien tuottaja, yleisötyön ja saavutettavuuden asiantuntija.',
    sectors: ['circus', 'events', 'festivals'],
    topics: ['audiences', 'accessibility', 'wellbeing', 'networking'],
    languages: ['fi', 'sv'],
    municipality: 'Valkeakoski',
    meetingModes: ['in_person'],
    capacity: 4,
  },
  {
    bio: 'Kulttuuripolitiikan asiantuntija ja kuntasektorin kulttuurituottaja.',
    sectors: ['cultural-policy', 'literature'],
    topics: ['funding', 'networking', 'career', 'leadership'],
    languages: ['fi', 'en'],
    municipality: 'Ylöjärvi',
    meetingModes: ['remote', 'in_person'],
    capacity: 5,
  },
  {
    bio: 'Elokuvatuottaja, joka ottaa vain yhden aktorin: aikaa on vähän, kokemusta paljon.',
    sectors: ['film-media'],
    topics: ['contracts', 'funding', 'international'],
    languages: ['fi', 'en'],
    municipality: 'Tampere',
    meetingModes: ['remote'],
    capacity: 1,
  },
];

const SECTORS = [
  'festivals',
  'theatre',
  'music',
  'visual-arts',
  'dance',
  'circus',
  'film-media',
  'games',
  'literature',
  'events',
];
const TOPICS = [
  'funding',
  'budgeting',
  'contracts',
  'marketing',
  'audiences',
  'international',
  'leadership',
  'productization',
  'entrepreneurship',
  'wellbeing',
  'networking',
  'project-management',
  'career',
  'touring',
  'partnerships',
  'accessibility',
];
const GOALS = [
  'Haluan oppia rakentamaan kestävän rahoituspohjan omille produktioilleni.',
  'Tavoitteeni on selkeyttää omaa rooliani tuottajana ja jaksaa paremmin.',
  'Haluan viedä esityksemme kansainvälisille festivaaleille.',
  'Tarvitsen tukea sopimusten ja tekijänoikeuksien kanssa.',
  'Haluan tuotteistaa osaamiseni ja aloittaa yrittäjänä.',
  'Tavoitteena on kasvattaa yleisöä ja kehittää markkinointia.',
  'Haluan oppia johtamaan tiimiä ja delegoimaan.',
  'Etsin verkostoja Pirkanmaan tapahtumakentällä.',
];

/** The i-th mentor's profile (cohort varies the order a little so cohorts differ). */
export function mentorProfile(i: number): DemoProfile {
  const base = MENTORS[i % MENTORS.length] as (typeof MENTORS)[number];
  return { ...base, yearsOfExperience: null, goals: '' };
}

export function actorProfile(i: number, cohort: number): DemoProfile {
  const k = i + cohort * 7;
  const sector = SECTORS[(k * 3) % SECTORS.length] as string;
  const topics = [
    TOPICS[(k * 5) % TOPICS.length],
    TOPICS[(k * 7 + 3) % TOPICS.length],
    TOPICS[(k * 11 + 1) % TOPICS.length],
  ];
  const languages = k % 9 === 4 ? ['sv', 'fi'] : k % 13 === 6 ? ['en'] : ['fi'];
  const modes = k % 5 === 0 ? ['in_person'] : k % 5 === 1 ? ['remote'] : ['in_person', 'remote'];
  return {
    bio: `Tuottaja (${sector}), ${2 + (k % 9)} vuotta alalla. Teen töitä freelancerina ja pienessä yhdistyksessä.`,
    sectors: [sector],
    topics: [...new Set(topics as string[])],
    languages,
    municipality: MUNICIPALITIES[k % MUNICIPALITIES.length] as string,
    meetingModes: modes,
    capacity: null,
    yearsOfExperience: 2 + (k % 9),
    goals: GOALS[k % GOALS.length] as string,
  };
}

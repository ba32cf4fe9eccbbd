/**
 * Realistic names for the demo world: mostly Finnish, a few Finland-Swedish and English speakers,
 * as in a Pirkanmaa producers' network. Picked deterministically so every seed is the same.
 */
const FIRST = [
  'Aino',
  'Eero',
  'Helmi',
  'Juho',
  'Kaisa',
  'Lauri',
  'Minna',
  'Otto',
  'Pia',
  'Sami',
  'Tiina',
  'Ville',
  'Anni',
  'Elias',
  'Hanna',
  'Jussi',
  'Katja',
  'Leevi',
  'Milla',
  'Oskari',
  'Riikka',
  'Teemu',
  'Veera',
  'Antti',
  'Emmi',
  'Heikki',
  'Johanna',
  'Kalle',
  'Laura',
  'Mikko',
  'Noora',
  'Petri',
  'Sanna',
  'Tuomas',
  'Elina',
  'Janne',
  'Krista',
  'Markus',
  'Outi',
  'Rasmus',
];
const LAST = [
  'Virtanen',
  'Korhonen',
  'Mäkinen',
  'Nieminen',
  'Hämäläinen',
  'Laine',
  'Heikkinen',
  'Koskinen',
  'Järvinen',
  'Lehtonen',
  'Saarinen',
  'Salminen',
  'Heinonen',
  'Niemi',
  'Kinnunen',
  'Salonen',
  'Turunen',
  'Lindroos',
  'Rantanen',
  'Laaksonen',
  'Aaltonen',
  'Karjalainen',
  'Hiltunen',
  'Peltonen',
  'Ahonen',
  'Väisänen',
  'Leppänen',
  'Kallio',
  'Mattila',
  'Koivisto',
  'Savolainen',
  'Tuominen',
];
/** Swedish and English speakers, so language matching has something to do. */
const OTHERS = [
  'Linnea Holmström',
  'Anders Lindqvist',
  'Ebba Sjöberg',
  'Emily Carter',
  'Daniel Brooks',
  'Sofia Ekholm',
];

/** The n-th distinct name of a group; `salt` keeps groups (mentors, actors...) apart. */
export function demoName(salt: number, n: number): string {
  const index = salt * 37 + n;
  if (n % 11 === 5) return OTHERS[(salt + n) % OTHERS.length] as string;
  const first = FIRST[(index * 7) % FIRST.length] as string;
  const last = LAST[(index * 5 + salt) % LAST.length] as string;
  return `${first} ${last}`;
}

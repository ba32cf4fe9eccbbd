import type { LocalizedText } from './schema/surveys.ts';

/**
 * The survey templates coordinators start from. They live beside the schema (like the default
 * tags) because both the API and the demo seed build surveys from them. Question keys are stable
 * across templates: the start and end surveys share the self-assessment items, so a cohort's
 * start and end answers can be compared key by key.
 */
export type SurveyTemplateKind = 'start' | 'mid' | 'end' | 'pulse';

export interface TemplateQuestion {
  key: string;
  kind: 'likert' | 'single' | 'multiple' | 'text';
  prompt: LocalizedText;
  options: { value: string; label: LocalizedText }[];
  required: boolean;
}

export interface SurveyTemplate {
  kind: SurveyTemplateKind;
  title: LocalizedText;
  intro: LocalizedText;
  questions: TemplateQuestion[];
}

const likert = (key: string, fi: string, en: string, required = true): TemplateQuestion => ({
  key,
  kind: 'likert',
  prompt: { fi, en },
  options: [],
  required,
});
const text = (key: string, fi: string, en: string): TemplateQuestion => ({
  key,
  kind: 'text',
  prompt: { fi, en },
  options: [],
  required: false,
});
const option = (value: string, fi: string, en: string) => ({ value, label: { fi, en } });

/** The evaluation's themes as statements, asked the same way at the start and at the end. */
const SELF_ASSESSMENT: TemplateQuestion[] = [
  likert('new_skills', 'Minulla on työssäni tarvittavat taidot.', 'I have the skills my work requires.'),
  likert('learning', 'Opin työssäni jatkuvasti uutta.', 'I keep learning new things in my work.'),
  likert(
    'capability',
    'Luotan kykyyni hoitaa vaativatkin tilanteet työssäni.',
    'I trust my capability to handle demanding situations at work.',
  ),
  likert(
    'clarity',
    'Oma työni ja sen tavoitteet ovat minulle selkeät.',
    'My own work and its aims are clear to me.',
  ),
  likert(
    'sharing',
    'Jaan osaamistani ja kokemuksiani muiden kanssa.',
    'I share my know-how and experiences with others.',
  ),
  likert(
    'networking',
    'Minulla on ammatillinen verkosto, jolta saan tukea.',
    'I have a professional network I can turn to.',
  ),
  likert(
    'inclusion',
    'Koen kuuluvani tuottajien yhteisöön.',
    'I feel I belong to the community of producers.',
  ),
  likert('loneliness', 'Koen olevani yksin työni kanssa.', 'I feel alone with my work.'),
];

const MEETING_FREQUENCY: TemplateQuestion = {
  key: 'meeting_frequency',
  kind: 'single',
  prompt: { fi: 'Kuinka usein olette tavanneet?', en: 'How often have you met?' },
  options: [
    option('weekly', 'Viikoittain', 'Weekly'),
    option('biweekly', 'Joka toinen viikko', 'Every other week'),
    option('monthly', 'Kuukausittain', 'Monthly'),
    option('rarely', 'Harvemmin', 'Less often'),
  ],
  required: true,
};

const PROGRAM_PARTS = [
  option('mentoring', 'Mentorointitapaamiset', 'Mentoring meetings'),
  option('workshops', 'Työpajat ja koulutuspäivät', 'Workshops and training days'),
  option('networking_events', 'Verkostoitumistilaisuudet', 'Networking events'),
  option('supervision', 'Työnohjausryhmät', 'Work-supervision groups'),
  option('network_coffees', 'Verkostokahvit', 'Network coffees'),
];

export const SURVEY_TEMPLATES: Record<SurveyTemplateKind, SurveyTemplate> = {
  start: {
    kind: 'start',
    title: { fi: 'Alkukysely', en: 'Start-of-program survey' },
    intro: {
      fi: 'Kerro, mistä lähdet liikkeelle. Vastaukset käsitellään nimettöminä ja näytetään vain vähintään viiden vastaajan ryhminä.',
      en: 'Tell us where you are starting from. Answers are anonymous and shown only for groups of five or more.',
    },
    questions: [
      ...SELF_ASSESSMENT,
      {
        key: 'hopes',
        kind: 'multiple',
        prompt: { fi: 'Mitä toivot ohjelmalta?', en: 'What do you hope to get from the program?' },
        options: [
          option('skills', 'Uusia taitoja', 'New skills'),
          option('clarity', 'Selkeyttä omaan työhön', 'Clarity in my own work'),
          option('network', 'Verkostoja', 'Networks'),
          option('peer_support', 'Vertaistukea', 'Peer support'),
          option('wellbeing', 'Jaksamista', 'Wellbeing at work'),
        ],
        required: false,
      },
      text(
        'start_open',
        'Mitä muuta haluat kertoa lähtötilanteestasi?',
        'Anything else about where you start from?',
      ),
    ],
  },
  mid: {
    kind: 'mid',
    title: { fi: 'Väliarviointi', en: 'Mid-point survey' },
    intro: {
      fi: 'Ohjelma on puolivälissä. Miten mentorointi on lähtenyt käyntiin?',
      en: 'The program is halfway through. How has mentoring got going?',
    },
    questions: [
      likert(
        'mentor_relationship',
        'Mentorointisuhde on luottamuksellinen ja toimiva.',
        'The mentoring relationship is trusting and works well.',
      ),
      MEETING_FREQUENCY,
      likert(
        'clarity',
        'Oma työni ja sen tavoitteet ovat minulle selkeät.',
        'My own work and its aims are clear to me.',
      ),
      likert(
        'arrangements',
        'Ohjelman käytännön järjestelyt toimivat.',
        "The program's practical arrangements work.",
      ),
      text(
        'mid_open',
        'Mitä pitäisi muuttaa loppuohjelmaa varten?',
        'What should change for the rest of the program?',
      ),
    ],
  },
  end: {
    kind: 'end',
    title: { fi: 'Loppukysely', en: 'End-of-program survey' },
    intro: {
      fi: 'Kiitos osallistumisesta! Kerro, mitä ohjelma sinulle antoi. Vastaukset näytetään vain vähintään viiden vastaajan ryhminä.',
      en: 'Thank you for taking part! Tell us what the program gave you. Answers are shown only for groups of five or more.',
    },
    questions: [
      ...SELF_ASSESSMENT,
      likert(
        'professional_growth',
        'Ohjelma edisti ammatillista kehittymistäni.',
        'The program advanced my professional development.',
      ),
      likert(
        'reciprocity',
        'Mentorointi oli vastavuoroista: molemmat oppivat toisiltaan.',
        'Mentoring was reciprocal: both of us learned from each other.',
      ),
      likert(
        'mentor_relationship',
        'Mentorointisuhde oli luottamuksellinen ja toimiva.',
        'The mentoring relationship was trusting and worked well.',
      ),
      likert(
        'arrangements',
        'Ohjelman käytännön järjestelyt toimivat.',
        "The program's practical arrangements worked.",
      ),
      MEETING_FREQUENCY,
      {
        key: 'most_useful',
        kind: 'multiple',
        prompt: {
          fi: 'Mitkä ohjelman osat olivat hyödyllisimpiä?',
          en: 'Which parts of the program were most useful?',
        },
        options: PROGRAM_PARTS,
        required: false,
      },
      text('open_feedback', 'Vapaa palaute järjestäjille', 'Open feedback to the organisers'),
    ],
  },
  pulse: {
    kind: 'pulse',
    title: { fi: 'Pikakysely tapaamisen jälkeen', en: 'After-session pulse' },
    intro: {
      fi: 'Kolme nopeaa kysymystä viimeisimmästä tapaamisesta.',
      en: 'Three quick questions on your latest session.',
    },
    questions: [
      likert('session_useful', 'Tapaaminen oli minulle hyödyllinen.', 'The session was useful to me.'),
      likert('next_steps_clear', 'Seuraavat askeleeni ovat selvät.', 'My next steps are clear.'),
      text('pulse_open', 'Mitä haluat sanoa tapaamisesta?', 'Anything to say about the session?'),
    ],
  },
};

import { eq } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { actionItems, checkIns, goals, matchClosures, matches, sessionLogs } from '../schema/index.ts';

const DAY = 86_400_000;

const SUMMARIES = [
  'Kävimme läpi tavoitteet ja sovimme, mihin keskitymme ensimmäisten kuukausien aikana.',
  'Työstimme apurahahakemuksen rakennetta ja budjettia. Hakemus on hyvällä mallilla.',
  'Puhuimme jaksamisesta ja siitä, miten freelancer voi rajata työtään.',
  'Kartoitimme yhteistyökumppaneita ja kävimme läpi yhteydenoton mallin.',
  'Harjoittelimme tuotteen esittelyä ostajille ja hinnoittelua.',
  'Kävimme läpi kevään tuotannon riskit ja varasuunnitelman.',
];
const NOTES = [
  'Seuraavalla kerralla kysy budjetin varauksista.',
  'Aktori tarvitsee rohkaisua verkostoitumiseen.',
  '',
];
const ITEMS = [
  { text: 'Luonnostele hankkeen budjetti', owner: 'actor' as const },
  { text: 'Lähetä esimerkkisopimus', owner: 'mentor' as const },
  { text: 'Ota yhteys kahteen mahdolliseen kumppaniin', owner: 'actor' as const },
  { text: 'Päivitä portfolio ja verkkosivu', owner: 'actor' as const },
];
const GOAL_TITLES = [
  ['Rahoituspohjan vahvistaminen', 'Kaksi apurahahakemusta jätetty ja yksi yhteistyökumppani löydetty'],
  ['Oman tuottajaroolin selkeyttäminen', 'Osaan kuvata palveluni ja hinnoitella ne'],
  ['Kansainvälistyminen', 'Esitys on tarjottu kolmelle pohjoismaiselle festivaalille'],
  ['Jaksaminen ja työn rajaaminen', 'Viikkotyöaika pysyy sovitussa ja lomat pidetään'],
];
const REFLECTIONS = [
  'Sain paljon selkeyttä tilanteeseeni.',
  'Hyviä vinkkejä, nyt tiedän mitä teen seuraavaksi.',
  null,
];

export interface ProgressInput {
  programId: string;
  today: Date;
  /** Program phases by kind: check-ins are made at goal setting, mid-point and closing. */
  phases: { id: string; kind: string; startsOn: string }[];
  pairs: { id: string; mentorId: string; actorId: string }[];
  /** Held meetings to log (running cohort: the past bookings); without them, monthly meetings from `start`. */
  heldMeetings?: {
    id: string;
    matchId: string;
    mentorId: string;
    startsAt: Date;
    endsAt: Date;
    locationKind: 'in_person' | 'remote';
  }[];
  start?: Date;
  closed: boolean;
  /** People whose pairs must stay open (the demo logins). */
  keepOpen?: ReadonlySet<string>;
}

/** Logged sessions, action items, goals and check-ins: the history that makes pair health and progress real. */
export async function seedProgress(tx: Tx, input: ProgressInput): Promise<void> {
  const meetings =
    input.heldMeetings?.filter((m) => m.startsAt < input.today) ??
    input.pairs.flatMap((pair) =>
      Array.from({ length: 8 }, (_, k) => {
        const startsAt = new Date((input.start as Date).getTime() + (20 + k * 45) * DAY + 7 * 3_600_000);
        return {
          id: '',
          matchId: pair.id,
          mentorId: pair.mentorId,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3_600_000),
          locationKind: (k % 2 ? 'remote' : 'in_person') as 'remote' | 'in_person',
        };
      }),
    );
  for (const [k, meeting] of meetings.entries()) {
    // Leave a few recent running-cohort meetings unlogged: the mentor gets a nudge.
    if (input.heldMeetings && k % 9 === 4) continue;
    const [log] = await tx
      .insert(sessionLogs)
      .values({
        programId: input.programId,
        matchId: meeting.matchId,
        bookingId: meeting.id || null,
        authorId: meeting.mentorId,
        heldAt: meeting.startsAt,
        durationMinutes: Math.round((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000),
        format: meeting.locationKind,
        topics:
          [['funding', 'budgeting'], ['wellbeing'], ['networking', 'partnerships'], ['productization']][
            k % 4
          ] ?? [],
        sharedSummary: SUMMARIES[k % SUMMARIES.length] ?? '',
        privateNote: NOTES[k % NOTES.length] ?? '',
        reflection: REFLECTIONS[k % REFLECTIONS.length] ?? null,
        reflectedAt: REFLECTIONS[k % REFLECTIONS.length] ? new Date(meeting.endsAt.getTime() + DAY) : null,
        createdAt: new Date(meeting.endsAt.getTime() + 3_600_000),
        updatedAt: new Date(meeting.endsAt.getTime() + 3_600_000),
      })
      .returning({ id: sessionLogs.id });
    if (!log) continue;
    const item = ITEMS[k % ITEMS.length];
    if (item) {
      const due = new Date(meeting.startsAt.getTime() + 14 * DAY);
      await tx.insert(actionItems).values({
        sessionId: log.id,
        matchId: meeting.matchId,
        ...item,
        dueOn: due.toISOString().slice(0, 10),
        // Most are done; some recent ones are open, and a few overdue.
        doneAt: k % 3 === 0 || due > input.today ? null : new Date(due.getTime() - 2 * DAY),
        createdAt: meeting.endsAt,
      });
    }
  }
  const ratePhases = input.phases.filter(
    (p) => ['goal_setting', 'midpoint', 'closing'].includes(p.kind) && new Date(p.startsOn) < input.today,
  );
  for (const [i, pair] of input.pairs.entries()) {
    for (let g = 0; g < 1 + (i % 3); g++) {
      const [title, criteria] = GOAL_TITLES[(i + g) % GOAL_TITLES.length] as [string, string];
      const [goal] = await tx
        .insert(goals)
        .values({
          matchId: pair.id,
          title,
          successCriteria: criteria,
          topics: [],
          position: g,
          mentorComment: g === 0 ? 'Hyvä ja konkreettinen tavoite.' : '',
        })
        .returning({ id: goals.id });
      if (!goal) continue;
      for (const [step, phase] of ratePhases.entries()) {
        const rating = Math.min(5, 1 + ((i + g) % 2) + step + (step > 0 && i % 4 === 0 ? 1 : 0));
        const at = new Date(new Date(phase.startsOn).getTime() + 3 * DAY);
        await tx.insert(checkIns).values([
          {
            goalId: goal.id,
            phaseId: phase.id,
            ratedBy: 'actor',
            rating,
            note: step === 0 ? 'Lähtötilanne' : 'Edistystä on tullut',
            createdAt: at,
          },
          {
            goalId: goal.id,
            phaseId: phase.id,
            ratedBy: 'mentor',
            rating: Math.min(5, rating + (i % 2)),
            note: '',
            createdAt: at,
          },
        ]);
      }
    }
  }
  if (!input.closed) {
    // Two closed pairs in the running cohort: one completed early with goals reached, one ended early.
    // The demo logins' own pair stays open, so they can be tried.
    const closable = input.pairs.filter(
      (pair) => !input.keepOpen?.has(pair.actorId) && !input.keepOpen?.has(pair.mentorId),
    );
    const [done, early] = [closable[5], closable[11]];
    const closedAt = new Date(input.today.getTime() - 5 * DAY);
    if (done) {
      await tx
        .update(matches)
        .set({ status: 'completed', endedAt: closedAt, endedReason: 'goals_reached' })
        .where(eq(matches.id, done.id));
      await tx.insert(matchClosures).values({
        matchId: done.id,
        actorReflection: 'Sain rahoituksen ja rohkeutta. Kiitos!',
        mentorReflection: 'Upea kehitys.',
        continueMeeting: true,
        closedBy: done.mentorId,
        closedAt,
      });
    }
    if (early) {
      await tx
        .update(matches)
        .set({ status: 'ended', endedAt: closedAt, endedReason: 'schedule' })
        .where(eq(matches.id, early.id));
      await tx.insert(matchClosures).values({
        matchId: early.id,
        actorReflection: 'Aikataulut eivät sopineet yhteen.',
        mentorReflection: null,
        continueMeeting: false,
        closedBy: early.mentorId,
        closedAt,
      });
    }
  }
}

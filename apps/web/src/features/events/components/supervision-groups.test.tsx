import type { Participant, SupervisionGroup, SupervisionGroupBody } from '@mentoring/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { useGroups } from '../api/supervision-groups.ts';
import { people, programId } from '../testing/fixtures.ts';
import { SupervisionGroups } from './supervision-groups.tsx';

// jsdom has no CSS.escape; react-aria's modal uses it to look up a CSP nonce.
if (typeof CSS === 'undefined' || !CSS.escape) {
  Object.assign(globalThis, { CSS: { escape: (value: string) => value.replace(/["\\]/g, '\\$&') } });
}

function aParticipant(person: { id: string; name: string }, role: Participant['role']): Participant {
  return {
    userId: person.id,
    name: person.name,
    email: null,
    role,
    joinedAt: '2026-09-01T09:00:00Z',
    profile: null,
    profileCompleteness: null,
  };
}

function Loaded() {
  const groups = useGroups(programId);
  return groups.data ? (
    <SupervisionGroups programId={programId} groups={groups.data} onNotice={() => {}} />
  ) : null;
}

describe('supervision groups', () => {
  it('creates a group with a supervisor and members chosen from the mentors and actors', async () => {
    let groups: SupervisionGroup[] = [];
    const saved: SupervisionGroupBody[] = [];
    server.use(
      http.get(`/api/programs/${programId}/supervision-groups`, () => HttpResponse.json(groups)),
      http.get(`/api/programs/${programId}/participants`, () =>
        HttpResponse.json<Participant[]>([
          aParticipant(people.aino, 'actor'),
          aParticipant(people.helena, 'mentor'),
          aParticipant(
            { id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd', name: 'Kirsi Koordinaattori' },
            'coordinator',
          ),
        ]),
      ),
      http.post(`/api/programs/${programId}/supervision-groups`, async ({ request }) => {
        const body = (await request.json()) as SupervisionGroupBody;
        saved.push(body);
        groups = [
          {
            id: 'f0f0f0f0-0000-4000-8000-000000000001',
            programId,
            name: body.name,
            supervisorName: body.supervisorName,
            members: [{ userId: people.aino.id, name: people.aino.name }],
            meetings: 0,
          },
        ];
        return HttpResponse.json<SupervisionGroup>(groups[0] as SupervisionGroup, { status: 201 });
      }),
    );
    renderWithProviders(<Loaded />);
    const user = userEvent.setup({ delay: null });
    expect(await screen.findByText(/^Työnohjausryhmiä ei ole vielä\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Uusi työnohjausryhmä' }));
    const dialog = screen.getByRole('dialog', { name: 'Uusi työnohjausryhmä' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Ryhmän nimi' }), 'Ryhmä 2');
    await user.type(within(dialog).getByRole('textbox', { name: 'Työnohjaaja' }), 'Leena Mäkelä');
    // Coordinators are not offered: groups are for mentors and actors.
    await within(dialog).findByRole('checkbox', { name: `${people.aino.name} (aktori)` });
    expect(within(dialog).queryByRole('checkbox', { name: /Kirsi/ })).toBeNull();
    await user.click(within(dialog).getByRole('checkbox', { name: `${people.aino.name} (aktori)` }));
    await user.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Ryhmä 2' })).toBeTruthy();
    expect(saved).toEqual([{ name: 'Ryhmä 2', supervisorName: 'Leena Mäkelä', memberIds: [people.aino.id] }]);
    expect(screen.getByText(people.aino.name)).toBeTruthy();
  });
});

import type { ProfileView, UpdateProfileBody } from '@mentoring/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { anEmptyProfile, aProfileView, aProgram, someTags } from '../../../testing/data.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { ProgramProfileForm } from './program-profile-form.tsx';

const programId = aProgram().id;

// `hidden: true` skips the per-element visibility check, which makes role queries slow on a big form.
function meter() {
  return screen.getByRole('meter', { name: 'Profiilin täyttöaste', hidden: true });
}

describe('ProgramProfileForm', () => {
  it("follows an actor's progress as they fill the form, names what is missing, and saves", async () => {
    const puts: UpdateProfileBody[] = [];
    server.use(
      http.put('/api/profiles/me', async ({ request }) => {
        expect(new URL(request.url).searchParams.get('programId')).toBe(programId);
        const body = (await request.json()) as UpdateProfileBody;
        puts.push(body);
        return HttpResponse.json<ProfileView>(
          aProfileView({ profile: anEmptyProfile({ ...body, capacity: null }), completeness: 100 }),
        );
      }),
    );
    // Bio, a sector and a need are there already: three parts of eight.
    const started = anEmptyProfile({
      bio: 'Festivaalituottaja Tampereelta.',
      sectors: ['music'],
      topics: ['funding'],
    });
    renderWithProviders(
      <ProgramProfileForm
        programId={programId}
        view={aProfileView({ profile: started, completeness: 38 })}
        tags={someTags()}
        visibleActors={[]}
      />,
    );
    expect(meter().getAttribute('aria-valuenow')).toBe('38');
    expect(
      screen.getByText('Vielä puuttuu: kielet, kotikunta, tapaamistavat, tavoitteet ja työkokemus.'),
    ).toBeTruthy();
    // Actors name their needs; conflicts of interest are a mentor's matter.
    expect(screen.getByRole('group', { name: 'Tarpeet', hidden: true })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Esteellisyydet', hidden: true })).toBeNull();

    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    await user.click(screen.getByLabelText('Suomi'));
    await user.click(screen.getByLabelText('Kotikunta'));
    await user.paste('Tampere');
    expect(meter().getAttribute('aria-valuenow')).toBe('63');
    expect(screen.getByText('Vielä puuttuu: tapaamistavat, tavoitteet ja työkokemus.')).toBeTruthy();

    await user.click(screen.getByLabelText('Etänä'));
    await user.click(screen.getByLabelText('Työkokemus alalta (vuotta)', { selector: 'input' }));
    await user.paste('4');
    await user.click(screen.getByLabelText('Tavoitteeni'));
    await user.paste('Oppia hakemaan rahoitusta.');
    expect(meter().getAttribute('aria-valuenow')).toBe('100');
    expect(screen.getByText('Kaikki tiedot on täytetty. Kiitos!')).toBeTruthy();
    expect(screen.getByText('Muutoksia ei ole vielä tallennettu.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Tallenna profiili', hidden: true }));
    await waitFor(() =>
      expect(screen.getByRole('status', { hidden: true }).textContent).toBe(
        'Profiili tallennettu. Täyttöaste 100 %.',
      ),
    );
    expect(puts).toEqual([
      {
        bio: 'Festivaalituottaja Tampereelta.',
        sectors: ['music'],
        topics: ['funding'],
        languages: ['fi'],
        municipality: 'Tampere',
        meetingModes: ['remote'],
        yearsOfExperience: 4,
        goals: 'Oppia hakemaan rahoitusta.',
      },
    ]);
    expect(screen.queryByText('Muutoksia ei ole vielä tallennettu.')).toBeNull();
  });

  it('lets a mentor declare conflicts only with actors they can see, keeping the hidden ones', async () => {
    const puts: UpdateProfileBody[] = [];
    server.use(
      http.put('/api/profiles/me', async ({ request }) => {
        puts.push((await request.json()) as UpdateProfileBody);
        return HttpResponse.json<ProfileView>(aProfileView({ role: 'mentor' }));
      }),
    );
    const hidden = '7a7a7a7a-1b1b-4c4c-8d8d-9e9e9e9e9e9e';
    const visible = { userId: '1f1f1f1f-2a2a-4b3b-8c4c-5d5d5d5d5d5d', name: 'Aino Aktori' };
    renderWithProviders(
      <ProgramProfileForm
        programId={programId}
        view={aProfileView({ role: 'mentor', profile: anEmptyProfile({ capacity: 3, conflicts: [hidden] }) })}
        tags={someTags()}
        visibleActors={[visible]}
      />,
    );
    expect(screen.getByRole('group', { name: 'Osaamisalueet', hidden: true })).toBeTruthy();
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    await user.click(screen.getByLabelText('Aino Aktori'));
    await user.click(screen.getByRole('button', { name: 'Tallenna profiili', hidden: true }));
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]).toMatchObject({ capacity: 3, conflicts: [hidden, visible.userId] });
  });
});

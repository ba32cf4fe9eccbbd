import type { Participant, Tag, Wishes } from '@mentoring/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { actors, aMentorParticipant, matchingTags, mentors, programId } from '../testing/fixtures.ts';
import { moveWish, WishPicker } from './wish-picker.tsx';

const base = `/api/programs/${programId}`;

function serve(saved: string[]) {
  const puts: unknown[] = [];
  server.use(
    http.get(`${base}/participants`, ({ request }) => {
      expect(new URL(request.url).searchParams.get('role')).toBe('mentor');
      return HttpResponse.json<Participant[]>(
        Object.values(mentors).map((mentor) => aMentorParticipant(mentor, `${mentor.name}: tuottaja.`)),
      );
    }),
    http.get(`${base}/tags`, () => HttpResponse.json<Tag[]>(matchingTags())),
    http.get(`${base}/wishes`, () =>
      HttpResponse.json<Wishes[]>([{ actorId: actors.aino.id, mentorIds: saved }]),
    ),
    http.put(`${base}/wishes`, async ({ request }) => {
      const body = (await request.json()) as { mentorIds: string[] };
      puts.push(body);
      return HttpResponse.json<Wishes>({ actorId: actors.aino.id, mentorIds: body.mentorIds });
    }),
  );
  return puts;
}

function wishOrder() {
  const list = screen.getByRole('list', { name: /^Toiveesi/ });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.wish-name')?.textContent);
}

describe('mentor wishes', () => {
  it('moves a wish by one place and keeps the list as it was at the ends', () => {
    expect(moveWish(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveWish(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveWish(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveWish(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('starts from the saved wishes, picks and orders up to three, and saves them in that order', async () => {
    const puts = serve([mentors.jussi.id]);
    renderWithProviders(<WishPicker programId={programId} />);
    const user = userEvent.setup({ delay: null });

    const helenaCard = (await screen.findByRole('heading', { level: 3, name: mentors.helena.name })).closest(
      'article',
    ) as HTMLElement;
    // Mentor cards label the program's tags and the profile's languages and meeting modes.
    expect(within(helenaCard).getByText('Musiikki')).toBeTruthy();
    expect(within(helenaCard).getByText('Rahoitus ja apurahat')).toBeTruthy();
    expect(within(helenaCard).getByText('suomi, englanti')).toBeTruthy();
    expect(within(helenaCard).getByText('etänä')).toBeTruthy();
    expect(screen.getByText(`1. ${mentors.jussi.name}`)).toBeTruthy();
    expect(wishOrder()).toEqual([mentors.jussi.name]);
    expect(screen.getByRole('button', { name: 'Tallenna toiveet' }).hasAttribute('disabled')).toBe(true);

    await user.click(screen.getByRole('button', { name: `Lisää toiveeksi: ${mentors.helena.name}` }));
    expect(wishOrder()).toEqual([mentors.jussi.name, mentors.helena.name]);
    await user.click(screen.getByRole('button', { name: `Siirrä ylös: ${mentors.helena.name}` }));
    expect(wishOrder()).toEqual([mentors.helena.name, mentors.jussi.name]);
    // Focus stays with the moved mentor: at the top, on its other arrow.
    expect(document.activeElement?.getAttribute('aria-label')).toBe(`Siirrä alas: ${mentors.helena.name}`);
    expect(screen.getByText(`${mentors.helena.name} on nyt 1. toive.`)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: `Lisää toiveeksi: ${mentors.lauri.name}` }));
    await user.click(screen.getByRole('button', { name: `Siirrä alas: ${mentors.jussi.name}` }));
    expect(wishOrder()).toEqual([mentors.helena.name, mentors.lauri.name, mentors.jussi.name]);
    // Three is the most.
    expect(
      screen.getByRole('button', { name: `Lisää toiveeksi: ${mentors.kaisa.name}` }).hasAttribute('disabled'),
    ).toBe(true);
    expect(
      screen.getByText('Olet valinnut jo 3 mentoria. Poista jokin toive valitaksesi toisen.'),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Tallenna toiveet' }));
    expect(await screen.findByText('Toiveet tallennettu.')).toBeTruthy();
    expect(puts).toEqual([{ mentorIds: [mentors.helena.id, mentors.lauri.id, mentors.jussi.id] }]);
    await waitFor(() =>
      expect(
        screen.getByText(`1. ${mentors.helena.name}, 2. ${mentors.lauri.name}, 3. ${mentors.jussi.name}`),
      ).toBeTruthy(),
    );
  });

  it('removes a wish from the list and saves an empty list', async () => {
    const puts = serve([mentors.kaisa.id]);
    renderWithProviders(<WishPicker programId={programId} />);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: `Poista toive: ${mentors.kaisa.name}` }));
    expect(screen.getByText('Et ole vielä valinnut yhtään mentoria. Valitse alta.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tallenna toiveet' }));
    await screen.findByText('Toiveet tallennettu.');
    expect(puts).toEqual([{ mentorIds: [] }]);
  });
});

import type { Page } from 'playwright-core';

/** The signed-in user's program in the given state (by default the running one) from the home page. */
export async function openProgram(
  page: Page,
  baseUrl: string,
  state: 'Käynnissä' | 'Alkamassa' = 'Käynnissä',
): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await demoProgramCard(page, state).getByRole('link').first().click();
  await page.getByRole('heading', { level: 1, name: /^Valmentava mentorointi/ }).waitFor();
}

/**
 * The demo program's card in the given state on the home or programs page. By name as well as
 * state: the journeys create running programs of their own for the same coordinator.
 */
export function demoProgramCard(page: Page, state: 'Käynnissä' | 'Alkamassa' = 'Käynnissä') {
  return page
    .locator('article', { has: page.getByText(state, { exact: true }) })
    .filter({ hasText: /Valmentava mentorointi/ })
    .first();
}

/**
 * A page of the program's own navigation ("Ohjelman sivut", or `navLabel` in another language);
 * waits for its heading, which is the link's name unless `heading` says otherwise.
 */
export async function openSection(
  page: Page,
  name: string,
  heading: string | RegExp = name,
  navLabel = 'Ohjelman sivut',
): Promise<void> {
  await page.getByRole('navigation', { name: navLabel }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Ticks a react-aria checkbox: it draws its own box, and the label is what a person clicks. */
export async function tick(page: Page, name: string): Promise<void> {
  await page.locator('label', { has: page.getByRole('checkbox', { name, exact: true }) }).click();
}

import type { Page } from 'playwright-core';

/** The signed-in user's program in the given state (by default the running one) from the home page. */
export async function openProgram(
  page: Page,
  baseUrl: string,
  state: 'Käynnissä' | 'Alkamassa' = 'Käynnissä',
): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page
    .locator('article', { has: page.getByText(state, { exact: true }) })
    .first()
    .getByRole('link')
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: /^Valmentava mentorointi/ }).waitFor();
}

/**
 * A page of the program's own navigation ("Ohjelman sivut"); waits for its heading, which is the
 * link's name unless `heading` says otherwise.
 */
export async function openSection(page: Page, name: string, heading: string | RegExp = name): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Ohjelman sivut' })
    .getByRole('link', { name, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

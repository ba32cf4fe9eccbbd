import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PRIVACY_CONTACT_EMAIL } from '../../features/privacy/contact.ts';
import { i18n } from '../../i18n/index.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import { SiteFooter } from '../layout/site-footer.tsx';
import { AccessibilityRoute } from './accessibility.tsx';
import { PrivacyRoute } from './privacy.tsx';

describe('privacy notice and accessibility statement', () => {
  it('the footer links to both', () => {
    renderWithProviders(<SiteFooter />);
    const nav = screen.getByRole('navigation', { name: 'Tietoa palvelusta' });
    expect(nav.querySelector('a[href="/privacy"]')?.textContent).toBe('Tietosuojaseloste');
    expect(nav.querySelector('a[href="/accessibility"]')?.textContent).toBe('Saavutettavuusseloste');
  });

  it.each(['fi', 'en'] as const)(
    'the privacy notice names the rights and a contact (%s)',
    async (language) => {
      await i18n.changeLanguage(language);
      renderWithProviders(<PrivacyRoute />);
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
        language === 'fi' ? 'Tietosuojaseloste' : 'Privacy notice',
      );
      expect(screen.getAllByRole('heading', { level: 2 }).length).toBe(8);
      expect(screen.getByRole('link', { name: PRIVACY_CONTACT_EMAIL }).getAttribute('href')).toBe(
        `mailto:${PRIVACY_CONTACT_EMAIL}`,
      );
    },
  );

  it.each(['fi', 'en'] as const)(
    'the accessibility statement is honest about gaps and asks for feedback (%s)',
    async (language) => {
      await i18n.changeLanguage(language);
      renderWithProviders(<AccessibilityRoute />);
      expect(screen.getByText(/WCAG 2\.1/)).toBeTruthy();
      expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
      expect(screen.getByRole('link', { name: PRIVACY_CONTACT_EMAIL })).toBeTruthy();
    },
  );
});

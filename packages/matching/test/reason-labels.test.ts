import { describe, expect, it } from 'vitest';
import { labelReasons } from '../src/reason-labels.ts';

describe('reason labels', () => {
  it('replaces whole slugs in reason lists with the program labels, leaving other words alone', () => {
    const labels = new Map([
      ['visual-arts', { fi: 'Kuvataide', en: 'Visual arts' }],
      ['funding', { fi: 'Rahoitus', en: 'Funding' }],
    ]);
    const [reason] = labelReasons(
      [
        {
          fi: 'Osaaminen kattaa 1/2 tarpeista: funding (puuttuu: visual-arts)',
          en: 'Same sector: visual-arts, funding-like',
        },
      ],
      labels,
    );
    expect(reason).toEqual({
      fi: 'Osaaminen kattaa 1/2 tarpeista: Rahoitus (puuttuu: Kuvataide)',
      en: 'Same sector: Kuvataide, funding-like'.replace('Kuvataide', 'Visual arts'),
    });
  });

  it('names languages instead of codes', () => {
    const [reason] = labelReasons(
      [{ fi: 'Yhteinen kieli: fi, sv', en: 'Shared language: fi, sv' }],
      new Map(),
    );
    expect(reason).toEqual({ fi: 'Yhteinen kieli: suomi, ruotsi', en: 'Shared language: Finnish, Swedish' });
  });
});

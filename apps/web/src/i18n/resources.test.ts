import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { featureMessages } from './features.ts';
import { fi } from './fi.ts';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as `path → value`, e.g. `login.title → "Kirjaudu sisään"`. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [childPath, childValue] of leaves(value, path)) result.set(childPath, childValue);
  }
  return result;
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((match) => match[1] ?? '').sort();
}

// The shell's strings and every feature's, merged as i18next merges them once all have loaded.
const languages = {
  fi: leaves({ ...fi, ...featureMessages.fi }),
  en: leaves({ ...en, ...featureMessages.en }),
};

describe('translations', () => {
  it('fi and en have exactly the same keys, at every depth', () => {
    expect([...languages.en.keys()].sort()).toEqual([...languages.fi.keys()].sort());
  });

  it('no feature overwrites a key of the shell', () => {
    for (const feature of Object.keys(featureMessages.fi)) expect(Object.keys(fi)).not.toContain(feature);
  });

  it.each(Object.entries(languages))('%s has no empty strings', (_language, entries) => {
    const empty = [...entries].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('every translation uses the same interpolation variables as the Finnish original', () => {
    const mismatched = [...languages.fi].filter(
      ([key, value]) => variables(value).join() !== variables(languages.en.get(key) ?? '').join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('plural keys come in complete one/other pairs', () => {
    for (const entries of Object.values(languages)) {
      for (const key of entries.keys()) {
        if (key.endsWith('_one')) expect(entries.has(key.replace(/_one$/, '_other'))).toBe(true);
        if (key.endsWith('_other')) expect(entries.has(key.replace(/_other$/, '_one'))).toBe(true);
      }
    }
  });
});

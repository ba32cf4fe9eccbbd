import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { featureMessages } from '../i18n/features.ts';

/**
 * Feature strings arrive with the routes that declare them (`page` in router.tsx). This test
 * reads the sources: every module a route imports (transitively) may only use keys of the features
 * that route declares, and the shell that every page shares uses none, so no page shows raw keys.
 */
const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FEATURES = Object.keys(featureMessages.fi);
const keyUse = new RegExp(`['"\`](${FEATURES.join('|')})\\.[\\w$]`, 'g');

function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'/gm)) {
    found.push(resolve(dirname(file), match[1] ?? ''));
  }
  return found.filter((path) => existsSync(path) && !path.includes('/i18n/'));
}

function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const next of staticImports(file)) closure(next, seen);
  return seen;
}

function featuresUsed(files: Iterable<string>): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(keyUse)) {
      const feature = match[1] ?? '';
      used.set(feature, [...(used.get(feature) ?? []), relative(src, file)]);
    }
  }
  return used;
}

const routerFile = resolve(src, 'app/router.tsx');
const router = readFileSync(routerFile, 'utf8');
const program = [
  ...(router.match(/const PROGRAM: Feature\[\] = \[([^\]]*)\]/)?.[1] ?? '').matchAll(/'(\w+)'/g),
].map((m) => m[1]);
const routes = [
  // page(() => import('./routes/x.tsx'), 'XRoute', ...features): the features follow the export name.
  ...router.matchAll(/import\('\.\/routes\/([\w-]+)\.tsx'\),\s*'\w+'((?:,\s*(?:\.\.\.PROGRAM|'\w+'))*)/g),
].map(([, name, args = '']) => ({
  name: name ?? '',
  declared: new Set([
    ...(args.includes('...PROGRAM') ? program : []),
    ...[...args.matchAll(/'(\w+)'/g)].map((m) => m[1]),
  ]),
}));

describe('feature strings load with their routes', () => {
  it('finds the lazy routes', () => {
    expect(program.length).toBeGreaterThan(0);
    expect(routes.length).toBeGreaterThan(30);
  });

  it('the shell (main.tsx and what it imports) uses no feature strings', () => {
    expect(Object.fromEntries(featuresUsed(closure(resolve(src, 'main.tsx'))))).toEqual({});
  });

  it.each(routes)('$name declares every feature whose strings it shows', ({ name, declared }) => {
    const used = featuresUsed(closure(resolve(src, `app/routes/${name}.tsx`)));
    const missing = [...used].filter(([feature]) => !declared.has(feature));
    expect(Object.fromEntries(missing)).toEqual({});
  });
});

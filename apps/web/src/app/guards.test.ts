import { describe, expect, it } from 'vitest';
import { returnPath } from './guards.tsx';

describe('returnPath after sign-in', () => {
  it('returns to the page the visitor asked for, with its query and fragment', () => {
    expect(returnPath({ from: { pathname: '/programs/1', search: '?tab=a', hash: '#x' } })).toBe(
      '/programs/1?tab=a#x',
    );
  });

  it.each([
    ['no state', null],
    ['a protocol-relative URL', { from: { pathname: '//evil.example/' } }],
    ['an absolute URL', { from: { pathname: 'https://evil.example/' } }],
    ['the login page itself', { from: { pathname: '/login' } }],
  ])('goes home for %s', (_case, state) => {
    expect(returnPath(state)).toBe('/');
  });
});

import { describe, expect, it } from '@jest/globals';
import { returnPathOf, safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps a path of the application with its query and hash', () => {
    const deepLink = '/statistiques?antenne=amiens&du=2026-10-01&au=2026-10-31#contacts';
    expect(safeReturnPath(deepLink)).toBe(deepLink);
    expect(safeReturnPath('/demandes/HDF-2026-000001')).toBe('/demandes/HDF-2026-000001');
  });

  it.each([
    ['a protocol-relative address', '//evil.example/statistiques'],
    ['an absolute https address', 'https://evil.example/'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['a path-less scheme', 'https:evil.example'],
    ['a backslash read as a slash', '/\\evil.example'],
    ['a backslash further on', '/statistiques\\..\\\\evil.example'],
    ['a tab the browser would drop', '/\t/evil.example'],
    ['a newline', '/statistiques\n//evil.example'],
    ['a relative path', 'statistiques'],
    ['an empty string', ''],
  ])('falls back to the home page for %s', (_case, candidate) => {
    expect(safeReturnPath(candidate)).toBe('/');
  });

  it('falls back to the home page for no target or something else than a string', () => {
    expect(safeReturnPath(undefined)).toBe('/');
    expect(safeReturnPath({ pathname: '/statistiques' })).toBe('/');
  });

  it('never returns to the login page itself', () => {
    expect(safeReturnPath('/connexion')).toBe('/');
    expect(safeReturnPath('/connexion?x=1')).toBe('/');
  });
});

describe('returnPathOf', () => {
  it('joins path, query and hash', () => {
    expect(returnPathOf({ pathname: '/statistiques', search: '?vue=demandes', hash: '#top' })).toBe(
      '/statistiques?vue=demandes#top',
    );
  });
});

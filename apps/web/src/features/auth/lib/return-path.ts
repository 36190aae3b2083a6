import { paths } from '../../../lib/paths';

/**
 * Where to go once signed in: the address the visitor asked for (path, query and hash), kept only
 * when it is a path of this application. Anything a browser could read as another origin
 * (`//host`, `/\host`, `https:…`, a control character) falls back to the home page, so the login
 * page is never an open redirect.
 */
export function safeReturnPath(candidate: unknown): string {
  if (typeof candidate !== 'string' || !isSameOriginPath(candidate)) return paths.home;
  const { pathname } = new URL(candidate, window.location.origin);
  return pathname === paths.login ? paths.home : candidate;
}

function isSameOriginPath(candidate: string): boolean {
  if (!candidate.startsWith('/') || candidate.startsWith('//')) return false;
  // Browsers read a backslash as a slash (`/\evil.example`) and drop tabs and newlines.
  if (/[\\\u0000-\u001f\u007f]/.test(candidate)) return false;
  try {
    return new URL(candidate, window.location.origin).origin === window.location.origin;
  } catch {
    return false;
  }
}

/** The address of the current location to come back to: path, query and hash. */
export function returnPathOf(location: { pathname: string; search: string; hash: string }): string {
  return `${location.pathname}${location.search}${location.hash}`;
}

import createClient from 'openapi-fetch';
import { ApiError } from './api-error';
import type { paths } from './schema.gen';
import { session } from './session';

/** Calls that must never trigger a refresh: they are the refresh flow itself. */
const SESSION_PATHS = ['/api/auth/login', '/api/auth/refresh', '/api/auth/logout'];

// The contract's paths already start with /api: the client talks to its own origin only.
const sessionClient = createClient<paths>({ baseUrl: '' });

let pendingRefresh: Promise<boolean> | null = null;

/**
 * Trades the refresh token for a new pair. Single-flight: concurrent 401s share one refresh, since a
 * refresh token is single-use and replaying it would revoke the whole session.
 */
export function refreshSession(): Promise<boolean> {
  pendingRefresh ??= (async () => {
    const refreshToken = session.refreshToken();
    if (refreshToken === null) return false;
    const { data } = await sessionClient.POST('/api/auth/refresh', { body: { refreshToken } });
    if (data === undefined) {
      session.clear();
      return false;
    }
    session.store(data);
    return true;
  })().finally(() => {
    pendingRefresh = null;
  });
  return pendingRefresh;
}

function authorize(request: Request): Request {
  const token = session.accessToken();
  if (token !== null) request.headers.set('Authorization', `Bearer ${token}`);
  return request;
}

/** The one fetch of the application: bearer token, then one refresh and one retry on a 401. */
async function authenticatedFetch(request: Request): Promise<Response> {
  if (SESSION_PATHS.includes(new URL(request.url).pathname)) return fetch(request);
  // After a reload only the refresh token is left: refresh first rather than collect a 401.
  if (session.accessToken() === null && session.refreshToken() !== null) await refreshSession();
  const retry = request.clone();
  const response = await fetch(authorize(request));
  if (response.status !== 401) return response;
  return (await refreshSession()) ? fetch(authorize(retry)) : response;
}

export const api = createClient<paths>({ baseUrl: '', fetch: authenticatedFetch });

interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a successful call, or an `ApiError`. */
export async function unwrap<T>(pending: Promise<ApiResult<T>>): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok) throw ApiError.from(response, error);
  if (data === undefined) throw ApiError.from(response, undefined);
  return data;
}

/** For calls answered without a body (204). */
export async function unwrapEmpty(pending: Promise<ApiResult<unknown>>): Promise<void> {
  const { error, response } = await pending;
  if (!response.ok) throw ApiError.from(response, error);
}

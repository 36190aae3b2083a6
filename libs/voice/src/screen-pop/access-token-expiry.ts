import type { Request } from 'express';

/**
 * When the bearer token of a request the access-token guard already verified expires. A stream
 * outliving its token would outlive the session too, so a token without `exp` ends it at once.
 */
export function accessTokenExpiry(request: Request): Date {
  const [, token = ''] = (request.headers.authorization ?? '').split(' ');
  try {
    const claims = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as { exp?: unknown };
    if (typeof claims.exp === 'number') return new Date(claims.exp * 1000);
  } catch {
    // Falls through: no readable expiry.
  }
  return new Date(0);
}

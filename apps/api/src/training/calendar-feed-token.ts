import { createHash, randomBytes } from 'node:crypto';

import { JwtService } from '@nestjs/jwt';

/**
 * Calendar feed tokens last this long after they are made; then the feed answers "not found" and
 * the training page shows a new link. Subscriptions in calendar apps must then be renewed.
 */
export const FEED_TOKEN_LIFETIME_DAYS = 180;

/** What the database keeps of a token: its SHA-256, never the token itself. */
export function feedTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A fresh random value that, with the user id and the app's secret, makes a new token. */
export function newFeedTokenNonce(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * The token is an HMAC-SHA256, under the app's signing secret, of the user id and the stored
 * nonce: the app can show the same link again every time the training page asks, yet someone who
 * reads the database (nonce and hash) cannot make the token without the secret. The HMAC is the
 * signature of an HS256 token signed by the app's JwtService, so the secret is not handled twice;
 * `iat` is fixed so the signature does not change with the clock.
 */
export function feedTokenFor(jwt: JwtService, userId: string, nonce: string): string {
  const signed = jwt.sign({ sub: userId, feed: nonce, iat: 1 });
  return signed.slice(signed.lastIndexOf('.') + 1);
}

export function feedTokenExpiry(from: Date): Date {
  return new Date(from.getTime() + FEED_TOKEN_LIFETIME_DAYS * 86_400_000);
}

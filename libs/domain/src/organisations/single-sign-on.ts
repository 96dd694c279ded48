import { emailDomainAllowed } from './organisation-membership';

/**
 * Why a single sign-on attempt ended without a session. The sign-in page words each one; the
 * codes travel in the redirect (`/sign-in?ssoError=CODE`), never the provider's own message.
 */
export type SsoFailure =
  | 'SSO_NOT_CONFIGURED'
  | 'PROVIDER_UNAVAILABLE'
  | 'LOGIN_EXPIRED'
  | 'PROVIDER_REFUSED'
  | 'EMAIL_MISSING'
  | 'EMAIL_NOT_VERIFIED'
  | 'DOMAIN_NOT_ALLOWED'
  | 'OTHER_ORGANISATION'
  | 'DEACTIVATED';

export const SSO_FAILURES: readonly SsoFailure[] = [
  'SSO_NOT_CONFIGURED',
  'PROVIDER_UNAVAILABLE',
  'LOGIN_EXPIRED',
  'PROVIDER_REFUSED',
  'EMAIL_MISSING',
  'EMAIL_NOT_VERIFIED',
  'DOMAIN_NOT_ALLOWED',
  'OTHER_ORGANISATION',
  'DEACTIVATED',
];

export function isSsoFailure(code: unknown): code is SsoFailure {
  return typeof code === 'string' && (SSO_FAILURES as readonly string[]).includes(code);
}

/** The claims of a validated ID token that decide who signs in. */
export interface SsoIdentity {
  email?: unknown;
  email_verified?: unknown;
}

/**
 * Whether the provider vouches for an email this organisation admits. Only a verified email
 * counts: an unverified one is whatever the person typed at the provider, and matching accounts
 * by it would let anyone claim a colleague's account.
 */
export function ssoIdentityProblem(claims: SsoIdentity, allowedDomains: readonly string[]): SsoFailure | null {
  if (typeof claims.email !== 'string' || !claims.email.includes('@')) return 'EMAIL_MISSING';
  if (claims.email_verified !== true) return 'EMAIL_NOT_VERIFIED';
  if (!emailDomainAllowed(claims.email, allowedDomains)) return 'DOMAIN_NOT_ALLOWED';
  return null;
}

const DOMAIN_NAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** An allowed email domain as stored: lower case, no "@", no spaces; undefined when it is no domain name. */
export function normaliseEmailDomain(raw: string): string | undefined {
  const domain = raw.trim().toLowerCase().replace(/^@/, '');
  return DOMAIN_NAME.test(domain) ? domain : undefined;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const ABSOLUTE_URL = /^([a-z][a-z0-9+.-]*):\/\/(\[[^\]]+\]|[^/?#:\s]+)(:\d{1,5})?([^?#\s]*)([?#].*)?$/i;

/**
 * What is wrong with an issuer URL, or null. Tokens and the client secret travel to it, so it
 * must be https; plain http is allowed for a provider on this machine only (development, tests).
 */
export function issuerUrlProblem(raw: string): string | null {
  const parts = ABSOLUTE_URL.exec(raw.trim());
  if (!parts) return 'Enter the issuer as a full address, such as https://login.example.com/tenant.';
  const [, scheme, host, , , queryOrFragment] = parts;
  if (scheme.toLowerCase() === 'https') return queryOrFragment ? 'The issuer address has no query or fragment.' : null;
  if (scheme.toLowerCase() === 'http' && LOOPBACK_HOSTS.has(host.toLowerCase())) return null;
  return 'The issuer must be an https:// address.';
}

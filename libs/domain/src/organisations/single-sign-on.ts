import { emailDomain, emailDomainAllowed } from './organisation-membership';

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

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The claims of a validated ID token that decide who signs in. */
export interface SsoIdentity {
  email?: unknown;
  email_verified?: unknown;
  /** Microsoft Entra ID's optional claim "email domain owner verified": Entra sends no email_verified. */
  xms_edov?: unknown;
}

/**
 * Whether the provider vouches for an email this organisation admits. Only a verified email
 * counts: an unverified one is whatever the person typed at the provider, and matching accounts
 * by it would let anyone claim a colleague's account.
 */
export function ssoIdentityProblem(claims: SsoIdentity, allowedDomains: readonly string[]): SsoFailure | null {
  if (typeof claims.email !== 'string' || !EMAIL.test(claims.email)) return 'EMAIL_MISSING';
  if (claims.email_verified !== true && claims.xms_edov !== true) return 'EMAIL_NOT_VERIFIED';
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
// scheme://host[:port][path][?query|#fragment]; a user name ("https://a@b") matches nothing here.
const ABSOLUTE_URL = /^([a-z][a-z0-9+.-]*):\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?(\/[^?#\s@]*)?([?#].*)?$/i;

/**
 * What is wrong with an issuer URL, or null. Tokens and the client secret travel to it, so it
 * must be https. Plain http is for a provider on this machine, in development and tests, and only
 * where the installation allows it (SSO_ALLOW_HTTP_ISSUERS).
 */
export function issuerUrlProblem(raw: string, options: { allowLoopbackHttp?: boolean } = {}): string | null {
  const parts = ABSOLUTE_URL.exec(raw.trim());
  if (!parts) return 'Enter the issuer as a full address, such as https://login.example.com/tenant.';
  const [, scheme, host, , , queryOrFragment] = parts;
  if (queryOrFragment) return 'The issuer address has no query or fragment.';
  if (scheme.toLowerCase() === 'https') return null;
  if (scheme.toLowerCase() === 'http' && options.allowLoopbackHttp && LOOPBACK_HOSTS.has(host.toLowerCase())) return null;
  return 'The issuer must be an https:// address.';
}

/**
 * The allowed domains that no active admin of the organisation has an email at. Allowing a
 * domain lets the provider create accounts for any address in it, so an organisation may only
 * claim domains its admins have shown they hold a mailbox at: otherwise anyone could set up an
 * organisation for someone else's company and capture its people's first sign-ins.
 */
export function unprovenDomains(allowedDomains: readonly string[], adminEmails: readonly string[]): string[] {
  const proven = new Set(adminEmails.map(emailDomain));
  return allowedDomains.filter((domain) => !proven.has(domain));
}

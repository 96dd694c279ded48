/** How long each mailed link works. Short for a password reset: whoever holds it holds the account. */
export const INVITATION_DAYS = 7;
export const PASSWORD_RESET_MINUTES = 15;
export const SIGN_UP_LINK_HOURS = 24;
export const SSO_LOGIN_MINUTES = 10;

const MINUTE_MS = 60_000;

export function invitationExpiresAt(from: Date): Date {
  return new Date(from.getTime() + INVITATION_DAYS * 24 * 60 * MINUTE_MS);
}

export function passwordResetExpiresAt(from: Date): Date {
  return new Date(from.getTime() + PASSWORD_RESET_MINUTES * MINUTE_MS);
}

export function signUpLinkExpiresAt(from: Date): Date {
  return new Date(from.getTime() + SIGN_UP_LINK_HOURS * 60 * MINUTE_MS);
}

export function ssoLoginExpiresAt(from: Date): Date {
  return new Date(from.getTime() + SSO_LOGIN_MINUTES * MINUTE_MS);
}

/** Why a mailed link no longer works, or undefined when it still does. */
export type LinkProblem = 'LINK_USED' | 'LINK_EXPIRED';

export function linkProblem(link: { usedAt: Date | null; expiresAt: Date }, now: Date): LinkProblem | undefined {
  if (link.usedAt) return 'LINK_USED';
  if (link.expiresAt.getTime() <= now.getTime()) return 'LINK_EXPIRED';
  return undefined;
}

import { isSsoFailure } from '@crm/domain';

/** What the sign-in page says when single sign-on sent the visitor back with `?ssoError=CODE`. */
export function ssoFailureMessage(code: string | undefined): string | null {
  if (!code) return null;
  if (!isSsoFailure(code)) return $localize`:@@auth.ssoFailure.unknown:Signing in with your organisation did not work. Try again.`;
  switch (code) {
    case 'SSO_NOT_CONFIGURED':
      return $localize`:@@auth.ssoFailure.notConfigured:This organisation does not sign in through an identity provider. Sign in with your email and password.`;
    case 'PROVIDER_UNAVAILABLE':
      return $localize`:@@auth.ssoFailure.providerUnavailable:Your organisation’s identity provider did not answer. Try again in a moment, or tell your administrator.`;
    case 'LOGIN_EXPIRED':
      return $localize`:@@auth.ssoFailure.loginExpired:That sign-in took too long or was already used. Start again.`;
    case 'PROVIDER_REFUSED':
      return $localize`:@@auth.ssoFailure.providerRefused:Your identity provider did not confirm who you are. Start again; if it keeps happening, tell your administrator.`;
    case 'EMAIL_MISSING':
      return $localize`:@@auth.ssoFailure.emailMissing:Your identity provider did not share your email address, so we cannot tell which account is yours. Ask your administrator.`;
    case 'EMAIL_NOT_VERIFIED':
      return $localize`:@@auth.ssoFailure.emailNotVerified:Your identity provider has not confirmed your email address yet. Confirm it there, then sign in again.`;
    case 'DOMAIN_NOT_ALLOWED':
      return $localize`:@@auth.ssoFailure.domainNotAllowed:Your email address is not from a domain this organisation signs in with. Ask your administrator to add it.`;
    case 'OTHER_ORGANISATION':
      return $localize`:@@auth.ssoFailure.otherOrganisation:Your email address already has an account in another organisation. An account belongs to one organisation.`;
    case 'DEACTIVATED':
      return $localize`:@@auth.ssoFailure.deactivated:Your account was deactivated. Ask an administrator of your organisation.`;
  }
}

/** Where to land after single sign-on: kept in this tab while the provider has the visitor. */
const SSO_RETURN_KEY = 'crm-rollout-tracker.sso-return';

export function rememberSsoReturnUrl(url: string): void {
  sessionStorage.setItem(SSO_RETURN_KEY, url);
}

/** The remembered address, once: a later sign-in starts from the default again. */
export function takeSsoReturnUrl(): string | null {
  const url = sessionStorage.getItem(SSO_RETURN_KEY);
  sessionStorage.removeItem(SSO_RETURN_KEY);
  return url;
}

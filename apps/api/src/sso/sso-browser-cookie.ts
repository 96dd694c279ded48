/** Set by /start in the browser that asks, and required back at the callback and at completion. */
export const SSO_BROWSER_COOKIE = 'crm_sso_browser';
const TEN_MINUTES_S = 600;

/**
 * The cookie that ties a single sign-on attempt to the browser that started it. HttpOnly, so no
 * script reads it; SameSite=Lax, so it rides along on the provider's top-level redirect back.
 */
export function ssoBrowserCookie(value: string, secure: boolean, maxAgeSeconds = TEN_MINUTES_S): string {
  return [`${SSO_BROWSER_COOKIE}=${value}`, 'Path=/', `Max-Age=${maxAgeSeconds}`, 'HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])].join('; ');
}

/** This browser's value of the cookie, from a Cookie header; only the one cookie we set is read. */
export function browserCookieOf(header: string | undefined): string | undefined {
  const pair = header?.split(/;\s*/).find((part) => part.startsWith(`${SSO_BROWSER_COOKIE}=`));
  const value = pair?.slice(SSO_BROWSER_COOKIE.length + 1);
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}

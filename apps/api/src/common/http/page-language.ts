import Negotiator from 'negotiator';

import { DEFAULT_LANGUAGE, isLanguage, type Language, languageOfTag } from '@crm/domain';

/**
 * Set by the web app to the language of the pages it shows (the profile's choice, or the
 * language it was first served in), so a link without a language opens in the same one.
 * Readable by scripts on purpose: it is the app that writes it, and it says nothing secret.
 */
export const LANGUAGE_COOKIE = 'crm_lang';

/** The language a page request without one in its path is sent on to. */
export function chooseLanguage(cookieHeader: string | undefined, acceptLanguage: string | string[] | undefined): Language {
  const chosen = cookieValue(cookieHeader);
  if (isLanguage(chosen)) return chosen;
  return browserLanguage(acceptLanguage) ?? DEFAULT_LANGUAGE;
}

/** The first language of an Accept-Language header, in the browser's order of preference, that we speak. */
export function browserLanguage(acceptLanguage: string | string[] | undefined): Language | null {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (!header) return null;
  // Negotiator orders by q-value; "nl-BE" counts as Dutch, so every tag is matched by its language.
  for (const tag of new Negotiator({ headers: { 'accept-language': header } }).languages()) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return null;
}

function cookieValue(header: string | undefined): string | undefined {
  const pair = header?.split(/;\s*/).find((part) => part.startsWith(`${LANGUAGE_COOKIE}=`));
  return pair?.slice(LANGUAGE_COOKIE.length + 1);
}

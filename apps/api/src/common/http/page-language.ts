import { type Language } from '@crm/domain';

import { readerLanguage } from '../i18n/reader-language';

/**
 * The language a page request without one in its path is sent on to. Pages are served to nobody
 * signed in, so it is the reader's language without a profile: the cookie, else the browser.
 */
export function chooseLanguage(cookieHeader: string | undefined, acceptLanguage: string | string[] | undefined): Language {
  return readerLanguage(undefined, { cookie: cookieHeader, 'accept-language': acceptLanguage });
}

import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import Negotiator from 'negotiator';

import { type CsvSeparator, DEFAULT_LANGUAGE, isLanguage, type Language, languageOfTag, readerCsvSeparator } from '@crm/domain';

import { type AuthUser, requestOf, type RequestWithUser } from '../auth/current-user';

/**
 * Set by the web app to the language of the pages it shows (the profile's choice, or the
 * language it was first served in), so a link without a language opens in the same one.
 * Readable by scripts on purpose: it is the app that writes it, and it says nothing secret.
 */
export const LANGUAGE_COOKIE = 'crm_lang';

type Headers = RequestWithUser['headers'];

/**
 * The language to word what this request creates or sends in: the one chosen in the profile, else
 * the one the pages were last shown in (the `crm_lang` cookie), else the browser's most preferred
 * one we speak, else English. Pages, mail, calendars and exports all decide it here.
 */
export function readerLanguage(user: Pick<AuthUser, 'locale'> | undefined, headers: Headers): Language {
  if (isLanguage(user?.locale)) return user.locale;
  const shown = pageLanguageCookie(headers['cookie']);
  if (isLanguage(shown)) return shown;
  return browserLanguage(headers['accept-language']) ?? DEFAULT_LANGUAGE;
}

/**
 * How a reader's exports are written: the header row's words in their language, and the cells split
 * the way their spreadsheet splits them, which without a profile language follows the browser's own
 * first tag (a German browser gets `;` under an English header: see readerCsvSeparator).
 */
export interface ReaderFormats {
  language: Language;
  separator: CsvSeparator;
}

export function readerFormats(user: Pick<AuthUser, 'locale'> | undefined, headers: Headers): ReaderFormats {
  const profileLanguage = isLanguage(user?.locale) ? user.locale : null;
  const language = readerLanguage(user, headers);
  return { language, separator: readerCsvSeparator({ profileLanguage, browserTag: browserTags(headers['accept-language'])[0] ?? null, language }) };
}

/** The first language of an Accept-Language header, in the browser's order of preference, that we speak. */
export function browserLanguage(acceptLanguage: string | string[] | undefined): Language | null {
  // "nl-BE" counts as Dutch, so every tag is matched by its language.
  for (const tag of browserTags(acceptLanguage)) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return null;
}

/** The tags of an Accept-Language header, most preferred first (Negotiator orders by q-value); `*` names none. */
function browserTags(acceptLanguage: string | string[] | undefined): string[] {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (!header) return [];
  return new Negotiator({ headers: { 'accept-language': header } }).languages().filter((tag) => tag !== '*');
}

function pageLanguageCookie(header: string | string[] | undefined): string | undefined {
  const pairs = (Array.isArray(header) ? header.join('; ') : (header ?? '')).split(/;\s*/);
  return pairs.find((part) => part.startsWith(`${LANGUAGE_COOKIE}=`))?.slice(LANGUAGE_COOKIE.length + 1);
}

/** `@ReaderLanguage() language: Language` on a resolver: see readerLanguage. */
export const ReaderLanguage = createParamDecorator((_data: unknown, context: ExecutionContext): Language => {
  const request = requestOf(context);
  return readerLanguage(request.user, request.headers);
});

/** `@ReaderFormats() formats: ReaderFormats` on a resolver that exports a file: see readerFormats. */
export const ReaderFormats = createParamDecorator((_data: unknown, context: ExecutionContext): ReaderFormats => {
  const request = requestOf(context);
  return readerFormats(request.user, request.headers);
});

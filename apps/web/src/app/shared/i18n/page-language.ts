import { DOCUMENT } from '@angular/common';
import { effect, inject, Injectable, LOCALE_ID } from '@angular/core';

import { DEFAULT_LANGUAGE, isLanguage, type Language, languageOfTag } from '@crm/domain';

import { AuthStore } from '../../auth/auth.store';

/** Must match the API's LANGUAGE_COOKIE (apps/api/src/common/i18n/reader-language.ts). */
export const LANGUAGE_COOKIE = 'crm_lang';
const ONE_YEAR_S = 365 * 24 * 3600;

/**
 * The language of the pages being shown. The web is built once per language (Angular's i18n), so
 * it is fixed for the life of the page: LOCALE_ID is en-GB, nl or it.
 */
export function pageLanguage(): Language {
  return languageOfTag(inject(LOCALE_ID)) ?? DEFAULT_LANGUAGE;
}

/**
 * Opens the app in another language. Each language has its own build under `/<language>/`, so
 * this is a full page load; the cookie makes links without a language (mail, bookmarks) follow.
 */
@Injectable({ providedIn: 'root' })
export class PageLanguage {
  private readonly document = inject(DOCUMENT);
  readonly current = pageLanguage();

  /** False in the development build, which has one language at the root. */
  get switchable(): boolean {
    return this.prefix() !== null;
  }

  /** Remembers the language shown, so the server sends a link without one to the same. */
  remember(): void {
    if (this.switchable) this.document.cookie = `${LANGUAGE_COOKIE}=${this.current}; Path=/; Max-Age=${ONE_YEAR_S}; SameSite=Lax`;
  }

  /** Loads the same page in `language`, when it is not the one shown already. */
  switchTo(language: string): void {
    const prefix = this.prefix();
    if (!isLanguage(language) || language === this.current || prefix === null) return;
    this.document.cookie = `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=${ONE_YEAR_S}; SameSite=Lax`;
    const { pathname, search, hash } = this.document.location;
    this.document.location.assign(`/${language}/${pathname.slice(prefix.length)}${search}${hash}`);
  }

  /** `/nl/` when the page is served from a language's build, else null. */
  private prefix(): string | null {
    const base = new URL(this.document.baseURI).pathname;
    const language = /^\/([a-z]{2})\/$/.exec(base)?.[1];
    return language && isLanguage(language) ? base : null;
  }
}

/**
 * Keeps the pages in the signed-in user's language: a language chosen in the profile wins over the
 * one the browser asked for. Without a choice, the pages stay in the language they were served in.
 */
export function followProfileLanguage(): void {
  const pages = inject(PageLanguage);
  const auth = inject(AuthStore);
  pages.remember();
  effect(() => {
    const chosen = auth.user()?.locale;
    if (chosen) pages.switchTo(chosen);
  });
}

import { inject, LOCALE_ID, provideAppInitializer, type EnvironmentProviders } from '@angular/core';

import { messageLocaleOf, type MessageLocale } from '@crm/domain';

/**
 * The language the app words messages in, from Angular's LOCALE_ID (`nl*` → nl, `it*` → it, else
 * en). Errors are worded in plain functions that stores call outside any injection context, so
 * the language is also kept here once the app starts; LOCALE_ID is fixed for a build, so one value
 * read at start stays right.
 */
let active: MessageLocale = 'en';

export function activeMessageLocale(): MessageLocale {
  return active;
}

/** For the app's start (below) and for tests that word errors in another language. */
export function setActiveMessageLocale(locale: MessageLocale): void {
  active = locale;
}

/** The message language of a component or pipe: LOCALE_ID mapped to a catalogue. */
export function injectMessageLocale(): MessageLocale {
  return messageLocaleOf(inject(LOCALE_ID));
}

export function provideMessageLocale(): EnvironmentProviders {
  return provideAppInitializer(() => setActiveMessageLocale(injectMessageLocale()));
}

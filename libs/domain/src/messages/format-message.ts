import { DEFAULT_LANGUAGE, languageOfTag } from '../i18n/languages';
import type { MessageCatalogue, MessageLocale, MessageParams } from './message';
import type { MessageCode } from './message-codes';
import { MESSAGES_EN } from './messages.en';
import { MESSAGES_IT } from './messages.it';
import { MESSAGES_NL } from './messages.nl';

const CATALOGUES: Record<MessageLocale, MessageCatalogue> = { en: MESSAGES_EN, nl: MESSAGES_NL, it: MESSAGES_IT };

/** Whether `code` has a wording (a client may meet codes from a newer API than it knows). */
export function isMessageCode(code: unknown): code is MessageCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(MESSAGES_EN, code);
}

/** The message in the reader's language; an unknown code is shown as itself rather than hidden. */
export function formatMessage(locale: MessageLocale, message: { code: string; params?: MessageParams | null }): string {
  if (!isMessageCode(message.code)) return message.code;
  return CATALOGUES[locale][message.code](message.params ?? {});
}

/** The English wording, which the API's `message` and `text` fields carry for API users. */
export function englishText(code: MessageCode, params: MessageParams = {}): string {
  return MESSAGES_EN[code](params);
}

/** `nl-NL`, `it`, `en-US` … → the catalogue that words them; anything else reads English. */
export function messageLocaleOf(locale: string | null | undefined): MessageLocale {
  return languageOfTag(locale) ?? DEFAULT_LANGUAGE;
}

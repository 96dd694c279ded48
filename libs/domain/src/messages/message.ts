import type { MessageCode } from './message-codes';

/** The facts a message needs, flat so that they travel in GraphQL and JSON unchanged. */
export type MessageParams = Record<string, string | number | boolean | null>;

/** Something to tell a person, as data: the client words it in the reader's language. */
export interface Message {
  code: MessageCode;
  params: MessageParams;
}

export type MessageLocale = 'en' | 'nl' | 'it';

export const MESSAGE_LOCALES: readonly MessageLocale[] = ['en', 'nl', 'it'];

/** One wording per code; a missing code fails to compile. */
export type MessageCatalogue = Record<MessageCode, (p: MessageParams) => string>;

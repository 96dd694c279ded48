import { type Language, LANGUAGES } from '../i18n/languages';
import type { MessageCode } from './message-codes';

/** The facts a message needs, flat so that they travel in GraphQL and JSON unchanged. */
export type MessageParams = Record<string, string | number | boolean | null>;

/** Something to tell a person, as data: the client words it in the reader's language. */
export interface Message {
  code: MessageCode;
  params: MessageParams;
}

/**
 * A message about one field of a change, or one column of an imported row: which field it is,
 * and what is wrong with it as code and params (the API words its English from the same code).
 */
export interface FieldMessage<Field extends string = string> extends Message {
  field: Field;
}

/** A problem of an imported file, where to find it: the spreadsheet row (the header is row 1) and, when known, the column. */
export interface RowMessage extends Message {
  row: number;
  field?: string;
}

/** A catalogue per language the product speaks. */
export type MessageLocale = Language;

export const MESSAGE_LOCALES: readonly MessageLocale[] = LANGUAGES;

/** One wording per code; a missing code fails to compile. */
export type MessageCatalogue = Record<MessageCode, (p: MessageParams) => string>;

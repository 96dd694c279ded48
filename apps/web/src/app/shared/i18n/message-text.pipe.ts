import { Pipe, PipeTransform } from '@angular/core';

import { formatMessage, type MessageParams } from '@crm/domain';

import { injectMessageLocale } from './message-locale';

/** A message as the API sends it (`params` as name/value pairs) or as the domain builds it (`params` as a record). */
export interface MessageLike {
  code: string;
  params?: readonly { name: string; value: string }[] | MessageParams | null;
  /** The API's English, shown when the code is one this client does not know yet. */
  text?: string | null;
}

/** A message's params as one record, whichever shape they came in. */
export function messageParamsOf(params: MessageLike['params']): MessageParams {
  if (!params) return {};
  if (Array.isArray(params)) return Object.fromEntries(params.map((p: { name: string; value: string }) => [p.name, p.value]));
  return params as MessageParams;
}

/**
 * `{{ reason | messageText }}`: a message in the reader's language, from the catalogue in
 * `@crm/domain`. A code the catalogue lacks shows the API's English `text` when there is one.
 */
@Pipe({ name: 'messageText' })
export class MessageTextPipe implements PipeTransform {
  private readonly locale = injectMessageLocale();

  transform(message: MessageLike | null | undefined): string {
    if (!message) return '';
    const worded = formatMessage(this.locale, { code: message.code, params: messageParamsOf(message.params) });
    return worded === message.code && message.text ? message.text : worded;
  }
}

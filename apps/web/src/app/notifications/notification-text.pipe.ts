import { Pipe, PipeTransform } from '@angular/core';

import { hasNotificationFacts, isNotificationKind, type MessageLocale, wordNotification } from '@crm/domain';

import { injectMessageLocale } from '../shared/i18n/message-locale';

/** A notification as the inbox query gives it: the API's English beside the facts it was worded from. */
export interface NotificationTextSource {
  kind: string;
  title: string;
  body: string;
  /** The facts, as the JSON object the API sends. */
  params: string;
}

/**
 * A notification's title or body in the reader's language, worded from its kind and facts by the
 * same catalogue the API's mails use (`@crm/domain`). English shows the API's own text; a kind this
 * client does not know, or a notice stored before its facts were kept, shows it too rather than a
 * sentence with holes.
 */
export function notificationText(item: NotificationTextSource, part: 'title' | 'body', language: MessageLocale): string {
  const stored = part === 'title' ? item.title : item.body;
  if (language === 'en' || !isNotificationKind(item.kind)) return stored;
  const facts = parsedFacts(item.params);
  if (!facts || !hasNotificationFacts(item.kind, facts)) return stored;
  // The facts were stored for this kind; the catalogue types them per kind.
  const worded = wordNotification(language, item.kind, facts as never);
  // A body the wording leaves out is what a person wrote (a comment): it is shown as written.
  return part === 'title' ? worded.title : (worded.body ?? item.body);
}

function parsedFacts(params: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(params);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** `{{ item | notificationText: 'title' }}`: see notificationText. */
@Pipe({ name: 'notificationText' })
export class NotificationTextPipe implements PipeTransform {
  private readonly language = injectMessageLocale();

  transform(item: NotificationTextSource, part: 'title' | 'body'): string {
    return notificationText(item, part, this.language);
  }
}

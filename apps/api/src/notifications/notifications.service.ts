import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import {
  DEFAULT_LANGUAGE,
  isLanguage,
  isNotificationKind,
  Language,
  MAX_PAGE_SIZE,
  NOTIFICATION_KIND_LABELS,
  NotificationCandidate,
  NotificationKind,
  NotificationMailItem,
  notificationMailSubject,
  notificationMailText,
  preferencesOf,
  recipientsOf,
  wordNotification,
} from '@crm/domain';

import { AuthUser } from '../common/auth/current-user';
import { afterCommit } from '../common/database/after-commit';
import { inTransaction } from '../common/database/transaction';
import { badUserInput, notFound } from '../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { LiveEventsService } from '../live/live-events.service';
import { BatchedMailItem, MailService } from '../mail/mail.service';
import { MarkNotificationsReadInput, UpdateNotificationPreferencesInput } from './dto/notification.inputs';
import { NotificationConnection, NotificationModel, NotificationPreferenceModel, toNotification } from './models/notification.model';
import { decodeInboxCursor, encodeInboxCursor } from './notification-cursor';
import { NotificationEvent } from './notification-event';
import { AddressedTo, CandidateRow, EventScope, NewNotificationRow, NotificationsRepository } from './notifications.repository';

/** Mail of notifications is stored under this outbox kind prefix, e.g. NOTIFICATION_TASK_ASSIGNED. */
const MAIL_KIND_PREFIX = 'NOTIFICATION_';

/**
 * Tells people what happened: the inbox row, the mail by each person's preferences, the live
 * event. Areas call `notify` inside the transaction of the change it reports.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsRepository,
    private readonly mail: MailService,
    private readonly live: LiveEventsService,
  ) {}

  /**
   * Stores, mails and announces the events, in at most five statements however many events and
   * recipients: who they reach, the inbox rows, and the mail (its waiting batches, grown or new).
   * Nothing of it is seen before `tx` commits; the live events are sent after it does.
   */
  async notify(tx: EntityManager, events: readonly NotificationEvent[]): Promise<void> {
    if (events.length === 0) return;
    const scopes: EventScope[] = events.map((e, event) => ({ event, organisationId: e.organisationId, projectId: e.projectId, kind: e.kind, dedupeKey: e.dedupeKey ?? null }));
    const candidates = await this.notifications.candidates(tx, scopes, events.flatMap((e, event) => addressesOf(e, event)));
    const byEvent = new Map<number, CandidateRow[]>();
    for (const row of candidates) {
      const list = byEvent.get(row.event);
      if (list) list.push(row);
      else byEvent.set(row.event, [row]);
    }

    const rows: NewNotificationRow[] = [];
    const mailOf = new Map<string, { event: NotificationEvent; email: string; language: Language }>();
    const languageOf = new Map(candidates.map((c) => [c.user_id, isLanguage(c.locale) ? c.locale : DEFAULT_LANGUAGE]));
    // A dedupe key is told once per user, also when one call carries it twice.
    const keyed = new Set<string>();
    events.forEach((event, index) => {
      // The inbox keeps the English source; readers and mails word it in their own language.
      const english = worded(event, DEFAULT_LANGUAGE);
      const found = byEvent.get(index) ?? [];
      const already = new Set(found.filter((c) => c.already || (event.dedupeKey && keyed.has(`${c.user_id}\n${event.dedupeKey}`))).map((c) => c.user_id));
      const addressed: NotificationCandidate[] = found.map((c) => ({ userId: c.user_id, email: c.email, chosenChannel: c.channel }));
      for (const recipient of recipientsOf(event, addressed, already)) {
        if (event.dedupeKey) keyed.add(`${recipient.userId}\n${event.dedupeKey}`);
        const id = randomUUID();
        rows.push({
          id,
          organisation_id: event.organisationId,
          user_id: recipient.userId,
          kind: event.kind,
          project_id: event.projectId,
          subject_type: event.subject?.type ?? null,
          subject_id: event.subject?.id ?? null,
          title: english.title,
          body: english.body,
          params: { ...event.params },
          link: event.link,
          actor_user_id: event.actorUserId ?? null,
          dedupe_key: event.dedupeKey ?? null,
          in_inbox: recipient.inbox,
        });
        if (recipient.mail) mailOf.set(id, { event, email: recipient.email, language: languageOf.get(recipient.userId) ?? DEFAULT_LANGUAGE });
      }
    });

    // A row the insert skipped lost a race with another transaction telling the same reminder.
    const inserted = new Set(await this.notifications.insert(tx, rows));
    const told = rows.filter((row) => inserted.has(row.id));

    const mails: BatchedMailItem<NotificationMailItem>[] = told.flatMap((row) => {
      const mail = mailOf.get(row.id);
      if (!mail) return [];
      const { event, language } = mail;
      const words = worded(event, language);
      return [
        {
          organisationId: event.organisationId,
          kind: MAIL_KIND_PREFIX + event.kind,
          to: mail.email,
          item: { title: words.title, body: words.body, url: this.mail.link(event.link), language },
          attachments: event.attachments?.(language),
        },
      ];
    });
    await this.mail.queueBatched(tx, mails, this.config.notificationBatchMinutes, (kind, items) => {
      const notificationKind = kind.slice(MAIL_KIND_PREFIX.length) as NotificationKind;
      // One address is one account's; its newest item carries the language the account reads now.
      const language = items.at(-1)?.language ?? DEFAULT_LANGUAGE;
      return {
        subject: notificationMailSubject(notificationKind, items.length, items[0]?.title ?? '', language),
        text: notificationMailText(items, this.mail.link('/profile'), language),
      };
    });

    const shown = told.filter((row) => row.in_inbox);
    if (shown.length > 0) afterCommit(tx, () => shown.forEach((row) => this.live.publishNotification({ userId: row.user_id, notificationId: row.id })));
  }

  async inbox(user: AuthUser, first: number, after: string | null | undefined, unreadOnly: boolean): Promise<NotificationConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw badUserInput([{ field: 'first', message: `Ask for 1 to ${MAX_PAGE_SIZE} notifications.`, code: 'OUT_OF_RANGE', params: { min: 1, max: MAX_PAGE_SIZE } }]);
    const position = decodeInboxCursor(after);
    const [rows, unreadCount] = await Promise.all([this.notifications.inbox(user.id, first + 1, position, unreadOnly), this.notifications.unreadCount(user.id)]);
    const page = rows.slice(0, first);
    const edges = page.map((row) => ({ node: toNotification(row), cursor: encodeInboxCursor({ createdUs: row.created_us, id: row.id }) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, unreadCount };
  }

  unreadCount(user: AuthUser): Promise<number> {
    return this.notifications.unreadCount(user.id);
  }

  /** One of the user's own notifications, for the live subscription; undefined for anyone else's. */
  async one(userId: string, id: string): Promise<NotificationModel | undefined> {
    const row = await this.notifications.byId(userId, id);
    return row && toNotification(row);
  }

  /** Marks the named notifications (all with an empty list) read and answers how many stay unread. */
  markRead(input: MarkNotificationsReadInput, user: AuthUser): Promise<number> {
    const ids = [...new Set(input.ids)];
    return inTransaction(this.db, async (tx) => {
      if (ids.length > 0) {
        const own = await this.notifications.ownIds(tx, user.id, ids);
        // Someone else's id answers like one that does not exist, and nothing is marked.
        if (own.length !== ids.length) throw notFound();
      }
      await this.notifications.markRead(tx, user.id, ids.length > 0 ? ids : null);
      return this.notifications.unreadCount(user.id, tx);
    });
  }

  async preferences(user: AuthUser): Promise<NotificationPreferenceModel[]> {
    const stored = await this.notifications.preferences(user.id);
    const chosen = new Map(stored.filter((p) => isNotificationKind(p.kind)).map((p) => [p.kind, p.channel] as const));
    return preferencesOf(chosen).map((p) => ({ ...p, label: NOTIFICATION_KIND_LABELS[p.kind] }));
  }

  async updatePreferences(input: UpdateNotificationPreferencesInput, user: AuthUser): Promise<NotificationPreferenceModel[]> {
    const kinds = input.preferences.map((p) => p.kind);
    const twice = kinds.findIndex((kind, i) => kinds.indexOf(kind) !== i);
    if (twice >= 0) throw badUserInput([{ field: `preferences.${twice}.kind`, message: `${kinds[twice]} is given twice.`, code: 'KIND_GIVEN_TWICE', params: { kind: kinds[twice] } }]);
    await inTransaction(this.db, (tx) => this.notifications.savePreferences(tx, user.id, input.preferences));
    return this.preferences(user);
  }
}

/** The event's title and body in `language`; a body a person wrote is carried as written. */
function worded(event: NotificationEvent, language: Language): { title: string; body: string } {
  // The union is narrowed per kind by the words' own Record; the event's params belong to its kind.
  const words = wordNotification(language, event.kind, event.params as never);
  return { title: words.title, body: words.body ?? event.writtenBody ?? '' };
}

function addressesOf(event: NotificationEvent, index: number): AddressedTo[] {
  return [
    ...(event.to.userIds ?? []).map((id): AddressedTo => ({ event: index, via: 'user', id })),
    ...(event.to.personIds ?? []).map((id): AddressedTo => ({ event: index, via: 'person', id })),
    ...(event.to.roles ?? []).map((role): AddressedTo => ({ event: index, via: 'role', id: role.roleId, projectId: role.projectId, allHolders: role.allHolders ?? false })),
  ];
}

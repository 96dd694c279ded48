import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { NotificationChannel, NotificationKind } from '@crm/domain';

/** One event as the recipient lookup needs it; `event` is its place in the call. */
export interface EventScope {
  event: number;
  organisationId: string;
  projectId: string | null;
  kind: NotificationKind;
  dedupeKey: string | null;
}

/** One way an event was addressed: an account, a person, or the holders of a role. */
export interface AddressedTo {
  event: number;
  via: 'user' | 'person' | 'role';
  id: string;
  /** The role's program, for `role`. */
  projectId?: string;
  allHolders?: boolean;
}

export interface CandidateRow {
  event: number;
  user_id: string;
  email: string;
  channel: NotificationChannel | null;
  /** The profile language the account chose, null when it chose none. */
  locale: string | null;
  already: boolean;
}

export interface NewNotificationRow {
  id: string;
  organisation_id: string;
  user_id: string;
  kind: NotificationKind;
  project_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  title: string;
  body: string;
  params: Record<string, unknown>;
  link: string;
  actor_user_id: string | null;
  dedupe_key: string | null;
  in_inbox: boolean;
}

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  project_id: string | null;
  project_name: string | null;
  subject_type: string | null;
  subject_id: string | null;
  title: string;
  body: string;
  params: Record<string, unknown>;
  link: string;
  created_at: Date;
  read_at: Date | null;
  /** created_at in microseconds since 1970, exact, for the cursor. */
  created_us: string;
  actor_id: string | null;
  actor_name: string | null;
  actor_email: string | null;
}

export interface InboxPosition {
  createdUs: string;
  id: string;
}

const ROW = `n.id, n.kind, n.project_id, p.name AS project_name, n.subject_type, n.subject_id, n.title, n.body, n.params, n.link, n.created_at, n.read_at,
  (extract(epoch FROM n.created_at) * 1000000)::bigint::text AS created_us, a.id AS actor_id, a.name AS actor_name, a.email AS actor_email`;
const FROM = 'notifications n LEFT JOIN users a ON a.id = n.actor_user_id LEFT JOIN projects p ON p.id = n.project_id';

/** The notifications and notification_preferences tables; only this file writes them. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Every account the events were addressed to, in one statement for any number of events:
   * people become the active accounts of the event's organisation with their email, a role its
   * primary holder (or every holder) as such a person. An event of a program reaches only its
   * members: a link into a program one cannot open would only tell them what is in it. Each
   * account comes with its profile language, so its mail is worded without another statement.
   */
  async candidates(tx: EntityManager, events: readonly EventScope[], addressed: readonly AddressedTo[]): Promise<CandidateRow[]> {
    if (events.length === 0 || addressed.length === 0) return [];
    const ev = events.map((e) => ({ event: e.event, organisation_id: e.organisationId, project_id: e.projectId, kind: e.kind, dedupe_key: e.dedupeKey }));
    const wants = addressed.map((w) => ({ event: w.event, via: w.via, id: w.id, project_id: w.projectId ?? null, all_holders: w.allHolders ?? false }));
    return tx.query(
      `WITH ev AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS e(event integer, organisation_id uuid, project_id uuid, kind text, dedupe_key text)
       ), wants AS (
         SELECT * FROM jsonb_to_recordset($2::jsonb) AS w(event integer, via text, id uuid, project_id uuid, all_holders boolean)
       ), persons AS (
         SELECT w.event, w.id AS person_id FROM wants w WHERE w.via = 'person'
         UNION ALL
         SELECT w.event, ra.person_id FROM wants w
           JOIN role_assignments ra ON ra.role_id = w.id AND ra.project_id = w.project_id AND (w.all_holders OR (ra.is_primary AND ra.wave_id IS NULL))
          WHERE w.via = 'role'
       ), accounts AS (
         SELECT w.event, w.id AS user_id FROM wants w WHERE w.via = 'user'
         UNION ALL
         SELECT s.event, u.id FROM persons s
           JOIN ev ON ev.event = s.event
           JOIN people h ON h.id = s.person_id AND h.organisation_id = ev.organisation_id
           JOIN users u ON u.email = h.email AND u.organisation_id = ev.organisation_id
       )
       SELECT DISTINCT a.event, u.id AS user_id, u.email, u.locale, np.channel,
              (ev.dedupe_key IS NOT NULL AND EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = u.id AND n.dedupe_key = ev.dedupe_key)) AS already
         FROM accounts a
         JOIN ev ON ev.event = a.event
         JOIN users u ON u.id = a.user_id AND u.organisation_id = ev.organisation_id AND u.deactivated_at IS NULL
         LEFT JOIN notification_preferences np ON np.user_id = u.id AND np.kind = ev.kind
        WHERE ev.project_id IS NULL OR EXISTS (
          SELECT 1 FROM project_members m JOIN projects pr ON pr.id = m.project_id
           WHERE m.project_id = ev.project_id AND m.user_id = u.id AND pr.organisation_id = ev.organisation_id AND pr.removed_at IS NULL)
        ORDER BY a.event, u.email`,
      [JSON.stringify(ev), JSON.stringify(wants)],
    );
  }

  /** Inserts the rows, skipping any whose dedupe key that user already had; the ids of those inserted. */
  async insert(tx: EntityManager, rows: readonly NewNotificationRow[]): Promise<string[]> {
    if (rows.length === 0) return [];
    const inserted: { id: string }[] = await tx.query(
      `INSERT INTO notifications (id, organisation_id, user_id, kind, project_id, subject_type, subject_id, title, body, params, link, actor_user_id, dedupe_key, in_inbox)
       SELECT r.id, r.organisation_id, r.user_id, r.kind, r.project_id, r.subject_type, r.subject_id, r.title, r.body, r.params, r.link, r.actor_user_id, r.dedupe_key, r.in_inbox
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, organisation_id uuid, user_id uuid, kind text, project_id uuid, subject_type text, subject_id text,
              title text, body text, params jsonb, link text, actor_user_id uuid, dedupe_key text, in_inbox boolean)
       ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [JSON.stringify(rows)],
    );
    return inserted.map((r) => r.id);
  }

  /** A page of the user's inbox, newest first, one row more than asked to tell whether more follow. */
  inbox(userId: string, take: number, after: InboxPosition | null, unreadOnly: boolean): Promise<NotificationRow[]> {
    return this.db.query(
      `SELECT ${ROW} FROM ${FROM}
        WHERE n.user_id = $1 AND n.in_inbox AND (NOT $2::boolean OR n.read_at IS NULL)
          AND ($3::bigint IS NULL OR (n.created_at, n.id) < ('epoch'::timestamptz + $3::bigint * interval '1 microsecond', $4::uuid))
        ORDER BY n.created_at DESC, n.id DESC LIMIT $5`,
      [userId, unreadOnly, after?.createdUs ?? null, after?.id ?? null, take],
    );
  }

  async byId(userId: string, id: string): Promise<NotificationRow | undefined> {
    const rows: NotificationRow[] = await this.db.query(`SELECT ${ROW} FROM ${FROM} WHERE n.id = $1 AND n.user_id = $2 AND n.in_inbox`, [id, userId]);
    return rows[0];
  }

  async unreadCount(userId: string, tx: EntityManager | DataSource = this.db): Promise<number> {
    const rows: { n: number }[] = await tx.query('SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND in_inbox AND read_at IS NULL', [userId]);
    return rows[0]?.n ?? 0;
  }

  /** Which of `ids` are in the user's inbox. */
  async ownIds(tx: EntityManager, userId: string, ids: readonly string[]): Promise<string[]> {
    const rows: { id: string }[] = await tx.query('SELECT id FROM notifications WHERE user_id = $1 AND in_inbox AND id = ANY($2::uuid[])', [userId, ids]);
    return rows.map((r) => r.id);
  }

  /** Marks the user's notifications read: those of `ids`, or all with null. */
  async markRead(tx: EntityManager, userId: string, ids: readonly string[] | null): Promise<void> {
    await tx.query('UPDATE notifications SET read_at = now() WHERE user_id = $1 AND in_inbox AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))', [userId, ids]);
  }

  async preferences(userId: string): Promise<{ kind: NotificationKind; channel: NotificationChannel }[]> {
    return this.db.query('SELECT kind, channel FROM notification_preferences WHERE user_id = $1', [userId]);
  }

  /** Stores each choice; one equal to the kind's default is stored too, so a later change of defaults does not move it. */
  async savePreferences(tx: EntityManager, userId: string, choices: readonly { kind: NotificationKind; channel: NotificationChannel }[]): Promise<void> {
    if (choices.length === 0) return;
    await tx.query(
      `INSERT INTO notification_preferences (user_id, kind, channel)
       SELECT $1, c.kind, c.channel FROM jsonb_to_recordset($2::jsonb) AS c(kind text, channel text)
       ON CONFLICT (user_id, kind) DO UPDATE SET channel = EXCLUDED.channel`,
      [userId, JSON.stringify(choices)],
    );
  }
}

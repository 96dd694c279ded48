import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

import { DataSource } from 'typeorm';

import { MailService } from '../../apps/api/src/mail/mail.service';
import { OutboxMailbox } from '../support/outbox-mailbox';
import { linkTo, SmtpInbox, startSmtpInbox } from '../support/smtp-inbox';
import { startTestDatabase, TestDatabase } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

const REQUEST_RESET = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const OUTBOX = 'query($first: Int) { organisation { outbox(first: $first) { id kind to subject text createdAt sentAt lastError } } }';

interface OutboxState {
  sent_at: Date | null;
  attempts: number;
  last_error: string | null;
}

/** Waits (with a generous safety limit) until the newest mail to the address is in the wanted state. */
async function outboxRowOf(api: TestApp, to: string, until: (row: OutboxState) => boolean): Promise<OutboxState> {
  for (let tries = 0; tries < 600; tries += 1) {
    const [row] = await api.query<OutboxState>('SELECT sent_at, attempts, last_error FROM mail_outbox WHERE to_email = $1 ORDER BY created_at DESC LIMIT 1', [to]);
    if (row && until(row)) return row;
    await sleep(100);
  }
  throw new Error(`The mail to ${to} never reached the expected state`);
}

/** A port nothing listens on: taken, then given back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('mail over real SMTP', () => {
  let inbox: SmtpInbox;
  let api: TestApp;
  beforeAll(async () => {
    inbox = await startSmtpInbox();
    api = await startTestApp({ config: { smtpUrl: inbox.url, mailFrom: 'Rollout <rollout@example.test>', publicUrl: 'https://rollout.example.test' } });
  });
  afterAll(async () => {
    await api.close();
    await inbox.stop();
  });

  it('delivers a mail queued by a request after it commits, with its subject, text and links, and marks it sent', async () => {
    const admin = await api.signUp('Ada Admin');
    expect(await api.ok(REQUEST_RESET, { input: { email: admin.user.email } })).toEqual({ requestPasswordReset: true });

    const mail = await inbox.waitFor(admin.user.email, (m) => m.subject.includes('Reset'));
    expect(mail).toMatchObject({ from: 'rollout@example.test', subject: 'Reset your CRM Rollout Tracker password' });
    expect(mail.text).toContain('within 15 minutes');
    const link = linkTo(mail, '/reset-password');
    expect(link.origin).toBe('https://rollout.example.test');
    expect(link.searchParams.get('token')).toMatch(/^[A-Za-z0-9_-]{20,}$/);

    const row = await outboxRowOf(api, admin.user.email, (r) => r.sent_at !== null);
    expect(row).toMatchObject({ attempts: 1, last_error: null });
    const outbox = await api.ok(OUTBOX, {}, admin.token);
    expect(outbox['organisation'].outbox[0]).toMatchObject({ kind: 'PASSWORD_RESET', to: admin.user.email, sentAt: expect.any(String), lastError: null });
  });

  it('sends nothing for a transaction that rolls back', async () => {
    const service = api.app.get(MailService);
    await expect(
      api.app.get(DataSource).transaction(async (tx) => {
        await service.queue(tx, { organisationId: null, kind: 'TEST', to: 'rolled-back@example.test', subject: 'Never', text: 'Never sent' });
        throw new Error('the request failed');
      }),
    ).rejects.toThrow('the request failed');
    // A mail queued after it arrives; the rolled-back one was queued first, so it would have come first.
    await api.app.get(DataSource).transaction((tx) => service.queue(tx, { organisationId: null, kind: 'TEST', to: 'after@example.test', subject: 'After', text: 'Sent' }));
    await inbox.waitFor('after@example.test');
    expect(inbox.all().map((m) => m.to)).not.toContain('rolled-back@example.test');
    expect(await api.query('SELECT 1 FROM mail_outbox WHERE to_email = $1', ['rolled-back@example.test'])).toEqual([]);
  });
});

describe('mail without SMTP', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('keeps the mail in the outbox, unsent, where the admin reads it newest first and a member may not', async () => {
    const admin = await api.signUp('Olga Admin');
    const member = await api.signUp('Max Member', { organisationOf: admin });
    await api.ok(REQUEST_RESET, { input: { email: admin.user.email } });
    await api.ok(REQUEST_RESET, { input: { email: member.user.email } });

    const reset = await new OutboxMailbox((sql, params) => api.query(sql, params)).waitFor(member.user.email, (m) => m.subject.includes('Reset'));
    expect(linkTo(reset, '/reset-password').searchParams.get('token')).toBeTruthy();

    const data = await api.ok(OUTBOX, {}, admin.token);
    const outbox: { kind: string; to: string; sentAt: string | null; text: string }[] = data['organisation'].outbox;
    expect(outbox.map((m) => [m.kind, m.to])).toEqual([
      ['PASSWORD_RESET', member.user.email],
      ['PASSWORD_RESET', admin.user.email],
      ['INVITATION', member.user.email],
    ]);
    expect(outbox.every((m) => m.sentAt === null)).toBe(true);
    expect(outbox[0]?.text).toContain('/reset-password?token=');

    const two = await api.ok(OUTBOX, { first: 2 }, admin.token);
    expect(two['organisation'].outbox).toHaveLength(2);
    const tooMany = await api.gql(OUTBOX, { first: 201 }, admin.token);
    expect(tooMany.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');

    const refused = await api.gql(OUTBOX, {}, member.token);
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('shows no organisation the mail of another', async () => {
    const first = await api.signUp('First Org Admin');
    const second = await api.signUp('Second Org Admin');
    await api.ok(REQUEST_RESET, { input: { email: first.user.email } });
    const data = await api.ok(OUTBOX, {}, second.token);
    expect(data['organisation'].outbox).toEqual([]);
  });
});

describe('mail when SMTP fails', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ config: { smtpUrl: `smtp://127.0.0.1:${await closedPort()}` } });
  });
  afterAll(() => api.close());

  it('answers the request, then records each failed attempt and its error, and gives up after five', async () => {
    const admin = await api.signUp('Fay Failing');
    expect(await api.ok(REQUEST_RESET, { input: { email: admin.user.email } })).toEqual({ requestPasswordReset: true });

    const row = await outboxRowOf(api, admin.user.email, (r) => r.attempts === 5);
    expect(row.sent_at).toBeNull();
    expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
    const data = await api.ok(OUTBOX, {}, admin.token);
    expect(data['organisation'].outbox[0]).toMatchObject({ kind: 'PASSWORD_RESET', sentAt: null, lastError: expect.stringMatching(/ECONNREFUSED|connect/i) });
  });
});

describe('mail from two app instances on one database', () => {
  let inbox: SmtpInbox;
  let database: TestDatabase;
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    inbox = await startSmtpInbox();
    database = await startTestDatabase();
    one = await startTestApp({ databaseUrl: database.url, config: { smtpUrl: inbox.url } });
    two = await startTestApp({ databaseUrl: database.url, config: { smtpUrl: inbox.url } });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await database?.stop();
    await inbox?.stop();
  });

  it('sends every mail exactly once', async () => {
    const addresses = Array.from({ length: 12 }, (_, i) => `replica-${i}@example.test`);
    await Promise.all(
      addresses.map((to, i) => {
        const app = i % 2 === 0 ? one : two;
        return app.app.get(DataSource).transaction((tx) => app.app.get(MailService).queue(tx, { organisationId: null, kind: 'TEST', to, subject: `Mail ${i}`, text: `Number ${i}` }));
      }),
    );
    for (const to of addresses) await inbox.waitFor(to);
    for (const to of addresses) await outboxRowOf(one, to, (r) => r.sent_at !== null);

    // Every mail is marked sent only after the SMTP server took it, so nothing is still on its way.
    expect(inbox.all().map((m) => m.to).sort()).toEqual([...addresses].sort());
  });
});

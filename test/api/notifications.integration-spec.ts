import { DataSource, EntityManager } from 'typeorm';

import { NOTIFICATION_KINDS, NotificationKind } from '@crm/domain';

import { LiveEventsService } from '../../apps/api/src/live/live-events.service';
import { NotificationEvent } from '../../apps/api/src/notifications/notification-event';
import { NotificationsService } from '../../apps/api/src/notifications/notifications.service';
import { startSmtpInbox, SmtpInbox } from '../support/smtp-inbox';
import { assignRole, createPerson, createStandardProject, shareProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const INBOX = `query($first: Int, $after: String, $unreadOnly: Boolean) { notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
  unreadCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id kind title body params link projectId projectName subjectType subjectId createdAt readAt read actor { id name } } }
} }`;
const MARK_READ = 'mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }';
const PREFERENCES = '{ notificationPreferences { kind label channel defaultChannel } }';
const UPDATE_PREFERENCES = 'mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { kind channel defaultChannel } }';

interface InboxNode {
  id: string;
  kind: string;
  title: string;
  body: string;
  params: string;
  link: string;
  projectId: string | null;
  projectName: string | null;
  read: boolean;
  readAt: string | null;
  actor: { id: string; name: string } | null;
}
interface Inbox {
  unreadCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: InboxNode }[];
}

let counter = 0;

/** Everyone of one organisation working on one program, plus what the tests need to address them. */
interface Team {
  owner: SignedIn;
  ana: SignedIn;
  ben: SignedIn;
  /** Of the organisation, but not a member of the program. */
  dora: SignedIn;
  projectId: string;
  projectName: string;
  organisationId: string;
  anaPerson: string;
  benPerson: string;
  analystRole: string;
  /** What giving Ana her role told her, before the cases cleared it. */
  anaSetupNotices: { kind: string; title: string }[];
}

async function buildTeam(api: TestApp): Promise<Team> {
  counter += 1;
  const owner = await api.signUp(`Olive Owner ${counter}`);
  const ana = await api.signUp(`Ana Analyst ${counter}`, { organisationOf: owner });
  const ben = await api.signUp(`Ben Builder ${counter}`, { organisationOf: owner });
  const dora = await api.signUp(`Dora Outside ${counter}`, { organisationOf: owner });
  const project = await createStandardProject(api, owner.token);
  await shareProject(api, owner.token, project.id, ana, 'EDITOR');
  await shareProject(api, owner.token, project.id, ben, 'VIEWER');
  // Joining the organisation put each colleague in its people directory, under their email.
  const personOf = async (who: SignedIn) =>
    (await api.query<{ id: string }>('SELECT p.id FROM people p JOIN users u ON u.organisation_id = p.organisation_id AND u.email = p.email WHERE u.id = $1', [who.user.id]))[0]?.id ??
    (await createPerson(api, owner.token, who.user.email, { email: who.user.email })).id;
  const anaPerson = await personOf(ana);
  const benPerson = await personOf(ben);
  const roles = await api.ok<{ roles: { id: string; key: string }[] }>('query($p: ID!) { roles(projectId: $p) { id key } }', { p: project.id }, owner.token);
  const analystRole = roles.roles.find((r) => r.key === 'BUSINESS_ANALYST')!.id;
  await assignRole(api, owner.token, { projectId: project.id, roleKey: 'BUSINESS_ANALYST', personId: anaPerson, primary: true, allocationPercent: 50 });
  await assignRole(api, owner.token, { projectId: project.id, roleKey: 'BUSINESS_ANALYST', personId: benPerson, primary: false, allocationPercent: 50 });
  const [row] = await api.query<{ organisation_id: string; name: string }>('SELECT u.organisation_id, p.name FROM users u, projects p WHERE u.id = $1 AND p.id = $2', [owner.user.id, project.id]);
  // Giving the roles told Ana and Ben (the team area's ROLE_GIVEN): kept for one case, then cleared
  // so every case starts from empty inboxes and outboxes.
  const anaSetupNotices = await api.query<{ kind: string; title: string }>('SELECT kind, title FROM notifications WHERE user_id = $1 ORDER BY kind', [ana.user.id]);
  const colleagues = [ana, ben, dora];
  await api.query('DELETE FROM notifications WHERE user_id = ANY($1)', [colleagues.map((c) => c.user.id)]);
  await api.query("DELETE FROM mail_outbox WHERE kind LIKE 'NOTIFICATION_%' AND to_email = ANY($1)", [colleagues.map((c) => c.user.email.toLowerCase())]);
  return { owner, ana, ben, dora, projectId: project.id, projectName: row!.name, organisationId: row!.organisation_id, anaPerson, benPerson, analystRole, anaSetupNotices };
}

/** An event's overrides; `label` names the thing it tells of (a task's, phase's or session's name …). */
type EventOverrides = Partial<Omit<NotificationEvent, 'params' | 'kind'>> & { kind?: NotificationKind; label?: string };

function event(team: Team, { label, kind = 'TASK_ASSIGNED', ...overrides }: EventOverrides = {}): NotificationEvent {
  counter += 1;
  return {
    kind,
    organisationId: team.organisationId,
    projectId: team.projectId,
    subject: { type: 'TASK', id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}` },
    to: {},
    actorUserId: team.owner.user.id,
    writtenBody: 'Olive gave it to you.',
    params: paramsNaming(kind, label ?? `Task ${counter}`, team.projectName),
    link: `/projects/${team.projectId}/tasks`,
    ...overrides,
  } as NotificationEvent;
}

/** The facts of a `kind` notice about a thing called `label`. */
function paramsNaming(kind: NotificationKind, label: string, projectName: string): NotificationEvent['params'] {
  switch (kind) {
    case 'GATE_BLOCKED':
    case 'GATE_UNBLOCKED':
      return { phaseId: 'phase', phaseName: label, projectName, blockers: 1 };
    case 'ROLE_GIVEN':
    case 'ROLE_TAKEN':
      return { projectName, roleKey: 'BUSINESS_ANALYST', roleName: label, change: kind === 'ROLE_GIVEN' ? 'GIVEN' : 'TAKEN', primary: false };
    case 'MENTION':
    case 'COMMENT_ON_YOURS':
      return { commentId: 'comment', subjectTitle: label, authorName: 'Olive' };
    case 'MILESTONE_DUE':
    case 'MILESTONE_OVERDUE':
      return { milestoneName: label, dueDate: '2027-03-01', programName: projectName };
    case 'SESSION_TOMORROW':
      return { topic: label, waveName: 'Wave 1', startsAt: '2027-03-01T08:00:00.000Z', timeZone: 'Europe/Amsterdam' };
    default:
      return { projectName, count: 1, taskTitle: label };
  }
}

function notify(api: TestApp, events: NotificationEvent[], tx?: EntityManager): Promise<void> {
  const service = api.app.get(NotificationsService);
  if (tx) return service.notify(tx, events);
  return api.app.get(DataSource).transaction((t) => service.notify(t, events));
}

async function inboxOf(api: TestApp, who: SignedIn, variables: Record<string, unknown> = {}): Promise<Inbox> {
  return (await api.ok<{ notifications: Inbox }>(INBOX, { first: 50, ...variables }, who.token)).notifications;
}

/** What each notice of the inbox is about: the `label` it was raised with. */
const labelsOf = (inbox: Inbox) =>
  inbox.edges.map((e) => {
    const p = JSON.parse(e.node.params) as Record<string, string | undefined>;
    return p['taskTitle'] ?? p['phaseName'] ?? p['roleName'] ?? p['subjectTitle'] ?? p['milestoneName'] ?? p['topic'];
  });

interface OutboxRow {
  kind: string;
  subject: string;
  text_body: string;
  attachments: { filename: string }[];
  waits: boolean;
}
const mailsTo = (api: TestApp, email: string) =>
  api.query<OutboxRow>('SELECT kind, subject, text_body, attachments, send_after > created_at AS waits FROM mail_outbox WHERE to_email = $1 AND kind LIKE $2 ORDER BY created_at, id', [
    email,
    'NOTIFICATION_%',
  ]);

describe('notifications', () => {
  let api: TestApp;
  let team: Team;
  beforeAll(async () => {
    api = await startTestApp({ config: { publicUrl: 'https://rollout.example.test', notificationBatchMinutes: 3 } });
    team = await buildTeam(api);
  });
  afterAll(() => api.close());

  it('reaches the inbox from a real change: the role the owner gave Ana on the team page, and the tasks that came with it', () => {
    expect(team.anaSetupNotices).toEqual([
      { kind: 'ROLE_GIVEN', title: `You are now Business analyst in ${team.projectName}` },
      { kind: 'TASK_ASSIGNED', title: expect.stringMatching(new RegExp(`^\\d+ tasks of Business analyst came to you in ${team.projectName}$`)) },
    ]);
  });

  it('tells a person (by their account of the organisation) in the inbox and by mail, linking to the thing', async () => {
    const told = event(team, { to: { personIds: [team.anaPerson] }, label: 'Data migration' });
    await notify(api, [told]);

    const inbox = await inboxOf(api, team.ana);
    expect(inbox.unreadCount).toBe(1);
    expect(inbox.edges[0]!.node).toMatchObject({
      kind: 'TASK_ASSIGNED',
      title: `“Data migration” came to you in ${team.projectName}`,
      body: 'Olive gave it to you.',
      link: told.link,
      projectId: team.projectId,
      projectName: team.projectName,
      read: false,
      readAt: null,
      actor: { id: team.owner.user.id, name: expect.stringContaining('Olive Owner') },
    });
    expect(JSON.parse(inbox.edges[0]!.node.params)).toEqual(told.params);
    expect(labelsOf(await inboxOf(api, team.ben))).not.toContain('Data migration');

    const [mail] = await mailsTo(api, team.ana.user.email);
    expect(mail).toMatchObject({ kind: 'NOTIFICATION_TASK_ASSIGNED', subject: `“Data migration” came to you in ${team.projectName}`, waits: true });
    expect(mail!.text_body).toContain(`Open it: https://rollout.example.test/projects/${team.projectId}/tasks`);
    expect(mail!.text_body).toContain('https://rollout.example.test/profile');
  });

  it('mails each recipient in their profile language, in the one statement that finds them: Dutch for Ana, English for Ben', async () => {
    const fresh = await buildTeam(api);
    const me = await api.ok<{ me: { version: number } }>('{ me { version } }', {}, fresh.ana.token);
    await api.ok('mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { locale } }', { input: { version: me.me.version, locale: 'nl' } }, fresh.ana.token);
    await notify(api, [event(fresh, { kind: 'MILESTONE_OVERDUE', actorUserId: null, to: { userIds: [fresh.ana.user.id, fresh.ben.user.id] }, label: 'Go-live' })]);

    const [dutch] = await mailsTo(api, fresh.ana.user.email);
    expect(dutch!.subject).toBe('Go-live is te laat');
    expect(dutch!.text_body).toContain(`De mijlpaal Go-live van ${fresh.projectName} moest op 1 maart 2027 klaar zijn en is nog niet afgerond.`);
    expect(dutch!.text_body).toContain(`Bekijken: https://rollout.example.test/projects/${fresh.projectId}/tasks`);
    expect(dutch!.text_body).toContain('Kies wat je per mail ontvangt: https://rollout.example.test/profile');
    const [english] = await mailsTo(api, fresh.ben.user.email);
    expect(english!.subject).toBe('Go-live is overdue');
    // The inbox keeps the English source; the web words it in its reader's language from kind and params.
    expect((await inboxOf(api, fresh.ana)).edges[0]!.node.title).toBe('Go-live is overdue');

    // A second one while the first waits: the gathered mail counts them in Dutch.
    await notify(api, [event(fresh, { kind: 'MILESTONE_OVERDUE', actorUserId: null, to: { userIds: [fresh.ana.user.id] }, label: 'Training done' })]);
    expect((await mailsTo(api, fresh.ana.user.email)).map((m) => m.subject)).toEqual(['2 mijlpalen zijn te laat']);
  });

  it("tells a role's primary holder, or every holder with allHolders", async () => {
    await notify(api, [event(team, { kind: 'GATE_BLOCKED', to: { roles: [{ projectId: team.projectId, roleId: team.analystRole }] }, label: 'Gate for the primary' })]);
    await notify(api, [event(team, { kind: 'GATE_BLOCKED', to: { roles: [{ projectId: team.projectId, roleId: team.analystRole, allHolders: true }] }, label: 'Gate for all holders' })]);
    expect(labelsOf(await inboxOf(api, team.ana))).toEqual(expect.arrayContaining(['Gate for the primary', 'Gate for all holders']));
    const ben = labelsOf(await inboxOf(api, team.ben));
    expect(ben).toContain('Gate for all holders');
    expect(ben).not.toContain('Gate for the primary');
  });

  it('never tells the one who acted, and tells someone addressed several ways once', async () => {
    await notify(api, [
      event(team, { kind: 'ROLE_GIVEN', actorUserId: team.ana.user.id, to: { userIds: [team.ana.user.id, team.ben.user.id], personIds: [team.benPerson] }, label: 'Ana gave Ben a role' }),
    ]);
    expect(labelsOf(await inboxOf(api, team.ana))).not.toContain('Ana gave Ben a role');
    expect(labelsOf(await inboxOf(api, team.ben)).filter((t) => t === 'Ana gave Ben a role')).toHaveLength(1);
  });

  it('tells of a program only its members, and of no program anyone of the organisation addressed', async () => {
    const stranger = await api.signUp('Sam Stranger');
    await notify(api, [event(team, { to: { userIds: [team.dora.user.id, stranger.user.id] }, label: 'Program news for outsiders' })]);
    expect(labelsOf(await inboxOf(api, team.dora))).not.toContain('Program news for outsiders');
    await notify(api, [event(team, { projectId: null, subject: null, link: '/my-work', to: { userIds: [team.dora.user.id, stranger.user.id] }, label: 'News for the organisation' })]);
    expect(labelsOf(await inboxOf(api, team.dora))).toContain('News for the organisation');
    // Another organisation's account is never reached, whatever the event names.
    expect((await inboxOf(api, stranger)).edges).toEqual([]);
  });

  it("follows each person's choice per kind: NONE drops it, INBOX mails nothing, EMAIL shows nothing", async () => {
    const fresh = await buildTeam(api);
    const before = (await api.ok<{ notificationPreferences: { kind: string; label: string; channel: string; defaultChannel: string }[] }>(PREFERENCES, {}, fresh.ana.token)).notificationPreferences;
    expect(before).toHaveLength(NOTIFICATION_KINDS.length);
    expect(before.find((p) => p.kind === 'MENTION')).toEqual({ kind: 'MENTION', label: 'Someone mentions you', channel: 'BOTH', defaultChannel: 'BOTH' });

    const chose = async (who: SignedIn, channel: string) =>
      (await api.ok<{ updateNotificationPreferences: { kind: string; channel: string }[] }>(UPDATE_PREFERENCES, { input: { preferences: [{ kind: 'MENTION', channel }] } }, who.token))
        .updateNotificationPreferences;
    expect((await chose(fresh.ana, 'NONE')).find((p) => p.kind === 'MENTION')).toMatchObject({ channel: 'NONE' });
    await chose(fresh.ben, 'INBOX');
    await chose(fresh.owner, 'EMAIL');
    // Another kind keeps its default.
    const after = (await api.ok<{ notificationPreferences: { kind: string; channel: string }[] }>(PREFERENCES, {}, fresh.ana.token)).notificationPreferences;
    expect(after.find((p) => p.kind === 'TASK_ASSIGNED')).toMatchObject({ channel: 'BOTH' });

    await notify(api, [event(fresh, { kind: 'MENTION', actorUserId: null, to: { userIds: [fresh.ana.user.id, fresh.ben.user.id, fresh.owner.user.id] }, label: 'You were mentioned' })]);
    expect((await inboxOf(api, fresh.ana)).edges).toEqual([]);
    expect(await mailsTo(api, fresh.ana.user.email)).toEqual([]);
    expect(labelsOf(await inboxOf(api, fresh.ben))).toEqual(['You were mentioned']);
    expect(await mailsTo(api, fresh.ben.user.email)).toEqual([]);
    expect((await inboxOf(api, fresh.owner)).edges).toEqual([]);
    expect((await mailsTo(api, fresh.owner.user.email)).map((m) => m.subject)).toEqual(['Olive mentioned you on “You were mentioned”']);
  });

  it('refuses preferences naming a kind twice or an unknown channel, and changes nothing', async () => {
    const twice = await api.gql(UPDATE_PREFERENCES, { input: { preferences: [{ kind: 'MENTION', channel: 'NONE' }, { kind: 'MENTION', channel: 'BOTH' }] } }, team.ben.token);
    expect(twice.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await api.gql(UPDATE_PREFERENCES, { input: { preferences: [{ kind: 'MENTION', channel: 'PIGEON' }] } }, team.ben.token);
    expect(unknown.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await api.query('SELECT 1 FROM notification_preferences WHERE user_id = $1', [team.ben.user.id])).toEqual([]);
  });

  it('tells a reminder with a dedupe key once, in the inbox and by mail, even to someone who gets it by mail only', async () => {
    const fresh = await buildTeam(api);
    await api.ok(UPDATE_PREFERENCES, { input: { preferences: [{ kind: 'MILESTONE_DUE', channel: 'EMAIL' }] } }, fresh.ben.token);
    const reminder = () => event(fresh, { kind: 'MILESTONE_DUE', actorUserId: null, dedupeKey: 'milestone-due:m1:2027-03-01', to: { userIds: [fresh.ana.user.id, fresh.ben.user.id] }, label: 'Go-live' });
    await notify(api, [reminder(), reminder()]);
    await notify(api, [reminder()]);
    expect(labelsOf(await inboxOf(api, fresh.ana))).toEqual(['Go-live']);
    expect((await mailsTo(api, fresh.ana.user.email)).map((m) => m.subject)).toEqual(['Go-live is due in 3 days']);
    expect((await mailsTo(api, fresh.ben.user.email)).map((m) => m.subject)).toEqual(['Go-live is due in 3 days']);
  });

  it('gathers mail of one kind to one address while it waits into one mail that says how many', async () => {
    const fresh = await buildTeam(api);
    for (const title of ['Data migration', 'Field mapping', 'User training']) {
      await notify(api, [event(fresh, { to: { userIds: [fresh.ana.user.id] }, label: title, link: `/projects/${fresh.projectId}/tasks?t=${title.replace(' ', '-')}` })]);
    }
    await notify(api, [event(fresh, { kind: 'GATE_BLOCKED', to: { userIds: [fresh.ana.user.id] }, label: 'Design' })]);

    const mails = await mailsTo(api, fresh.ana.user.email);
    expect(mails.map((m) => [m.kind, m.subject])).toEqual([
      ['NOTIFICATION_TASK_ASSIGNED', '3 tasks came to you'],
      ['NOTIFICATION_GATE_BLOCKED', `The gate of Design is blocked in ${fresh.projectName}`],
    ]);
    const text = mails[0]!.text_body;
    expect(text.indexOf('“Data migration” came to you')).toBeLessThan(text.indexOf('“Field mapping” came to you'));
    expect(text).toContain('“User training” came to you');
    expect(text).toContain(`https://rollout.example.test/projects/${fresh.projectId}/tasks?t=Field-mapping`);
    // The inbox keeps each one.
    expect((await inboxOf(api, fresh.ana)).edges).toHaveLength(4);
  });

  it('stores, mails and announces nothing for a transaction that rolls back, and announces after commit', async () => {
    const live = api.app.get(LiveEventsService);
    const arrivals = live.notificationsOf(team.ben.user.id);
    // Listening from before the rolled-back attempt: had it announced anything, that would come first.
    const arrival = arrivals.next();
    const before = await api.count('notifications');
    const mailsBefore = await api.count('mail_outbox');
    await expect(
      api.app.get(DataSource).transaction(async (tx) => {
        await notify(api, [event(team, { to: { userIds: [team.ben.user.id] }, label: 'Never told' })], tx);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await api.count('notifications')).toBe(before);
    expect(await api.count('mail_outbox')).toBe(mailsBefore);

    await notify(api, [event(team, { to: { userIds: [team.ben.user.id] }, label: 'Told live' })]);
    const next = await arrival;
    const [row] = await api.query<{ id: string; title: string }>('SELECT id, title FROM notifications WHERE id = $1', [next.value.notificationId]);
    // The first event announced is the committed one: the rolled-back one never was.
    expect(row).toMatchObject({ title: `“Told live” came to you in ${team.projectName}` });
    expect(next.value.userId).toBe(team.ben.user.id);
    await arrivals.return?.();
  });

  it('pages the inbox newest first, filters unread, and marks read one by one or all at once', async () => {
    const fresh = await buildTeam(api);
    for (let i = 1; i <= 5; i += 1) await notify(api, [event(fresh, { kind: 'COMMENT_ON_YOURS', to: { userIds: [fresh.ben.user.id] }, label: `Comment ${i}` })]);

    const first = await inboxOf(api, fresh.ben, { first: 2 });
    expect(labelsOf(first)).toEqual(['Comment 5', 'Comment 4']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await inboxOf(api, fresh.ben, { first: 2, after: first.pageInfo.endCursor });
    expect(labelsOf(second)).toEqual(['Comment 3', 'Comment 2']);
    const last = await inboxOf(api, fresh.ben, { first: 2, after: second.pageInfo.endCursor });
    expect(labelsOf(last)).toEqual(['Comment 1']);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(first.unreadCount).toBe(5);

    const fourth = first.edges[1]!.node.id;
    expect((await api.ok(MARK_READ, { input: { ids: [fourth] } }, fresh.ben.token))['markNotificationsRead']).toBe(4);
    const unread = await inboxOf(api, fresh.ben, { unreadOnly: true });
    expect(labelsOf(unread)).toEqual(['Comment 5', 'Comment 3', 'Comment 2', 'Comment 1']);
    expect(unread.unreadCount).toBe(4);
    const all = await inboxOf(api, fresh.ben);
    expect(all.edges.find((e) => e.node.id === fourth)?.node).toMatchObject({ read: true, readAt: expect.any(String) });
    expect((await api.ok<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, fresh.ben.token)).unreadNotificationCount).toBe(4);

    expect((await api.ok(MARK_READ, { input: { ids: [] } }, fresh.ben.token))['markNotificationsRead']).toBe(0);
    expect((await inboxOf(api, fresh.ben, { unreadOnly: true })).edges).toEqual([]);
  });

  it("lets nobody read or mark another's notifications, and refuses bad paging and ids", async () => {
    const fresh = await buildTeam(api);
    const stranger = await api.signUp('Sam Other Org');
    await notify(api, [event(fresh, { to: { userIds: [fresh.ben.user.id] }, label: 'For Ben only' })]);
    const bens = await inboxOf(api, fresh.ben);
    const id = bens.edges[0]!.node.id;

    for (const other of [fresh.ana, stranger]) {
      const refused = await api.gql(MARK_READ, { input: { ids: [id] } }, other.token);
      expect(refused.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect(labelsOf(await inboxOf(api, other))).not.toContain('For Ben only');
    }
    // One of the ids not being yours refuses the whole request.
    const mixed = await api.gql(MARK_READ, { input: { ids: [id, '00000000-0000-4000-8000-000000000999'] } }, fresh.ben.token);
    expect(mixed.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await inboxOf(api, fresh.ben)).unreadCount).toBe(1);
    // Marking all read marks only one's own.
    await api.ok(MARK_READ, { input: { ids: [] } }, fresh.ana.token);
    expect((await inboxOf(api, fresh.ben)).unreadCount).toBe(1);

    for (const variables of [{ first: 0 }, { first: 101 }, { after: 'not-a-cursor' }, { after: Buffer.from('n:1:x').toString('base64url') }]) {
      const answer = await api.gql(INBOX, variables, fresh.ben.token);
      expect(answer.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
    const badIds = await api.gql(MARK_READ, { input: { ids: ['not-an-id'] } }, fresh.ben.token);
    expect(badIds.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const signedOut = await api.gql(INBOX, {});
    expect(signedOut.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('takes no more statements for 24 events to every holder of a role than for four', async () => {
    const countStatements = async (events: NotificationEvent[]) => {
      let statements = 0;
      await api.app.get(DataSource).transaction(async (tx) => {
        const counting = new Proxy(tx, {
          get(target, property, receiver) {
            if (property !== 'query') return Reflect.get(target, property, receiver);
            return (...args: Parameters<EntityManager['query']>) => {
              statements += 1;
              return target.query(...args);
            };
          },
        });
        await api.app.get(NotificationsService).notify(counting, events);
      });
      return statements;
    };
    const fresh = await buildTeam(api);
    const everyAnalyst = { roles: [{ projectId: fresh.projectId, roleId: fresh.analystRole, allHolders: true }], personIds: [fresh.benPerson] };
    // Recipients, inbox rows, the waiting mail (locked), a new mail.
    const one = await countStatements([event(fresh, { to: { personIds: [fresh.anaPerson] } })]);
    // … and the waiting mail grown: Ana's TASK_ASSIGNED mail takes more, Ben's starts.
    const some = await countStatements(Array.from({ length: 4 }, (_, i) => event(fresh, { kind: i % 2 ? 'ROLE_TAKEN' : 'TASK_ASSIGNED', to: everyAnalyst })));
    // Both waiting mails grow and two more start, for 24 events.
    const many = await countStatements(Array.from({ length: 24 }, (_, i) => event(fresh, { kind: (['ROLE_TAKEN', 'TASK_ASSIGNED', 'MILESTONE_OVERDUE'] as const)[i % 3], to: everyAnalyst })));
    expect(one).toBeGreaterThan(0);
    expect(one).toBeLessThanOrEqual(some);
    expect(many).toBe(some);
  });
});

describe('notification mail over real SMTP', () => {
  let inbox: SmtpInbox;
  let api: TestApp;
  beforeAll(async () => {
    inbox = await startSmtpInbox();
    api = await startTestApp({ config: { smtpUrl: inbox.url, publicUrl: 'https://rollout.example.test', notificationBatchMinutes: 0 } });
  });
  afterAll(async () => {
    await api.close();
    await inbox.stop();
  });

  it('delivers the attachment of an event (a session .ics) with the mail', async () => {
    const team = await buildTeam(api);
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Sales training\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    await notify(api, [
      event(team, {
        kind: 'SESSION_TOMORROW',
        actorUserId: null,
        to: { personIds: [team.anaPerson] },
        label: 'Sales training',
        link: `/projects/${team.projectId}/training`,
        attachments: () => [{ filename: 'sales-training.ics', contentType: 'text/calendar', content: ics }],
      }),
    ]);
    const mail = await inbox.waitFor(team.ana.user.email, (m) => m.subject === 'Training tomorrow: Sales training');
    expect(mail.links).toContain(`https://rollout.example.test/projects/${team.projectId}/training`);
    expect(mail.attachments).toEqual([{ filename: 'sales-training.ics', contentType: 'text/calendar', content: ics }]);
  });
});

import { NotificationEvent } from '../../apps/api/src/notifications/notification-event';
import { NotificationsService } from '../../apps/api/src/notifications/notifications.service';
import { assignRole, createPerson, createStandardProject, shareProject, StandardProject } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const COMMENT_FIELDS = 'id body author { id name } createdAt editedAt version mine removed mentions { person { id name } role { id key name } } revisions { body editedAt }';
const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { ${COMMENT_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateCommentInput!) { updateComment(input: $input) { ${COMMENT_FIELDS} } }`;
const DELETE = `mutation($input: DeleteCommentInput!) { deleteComment(input: $input) { ${COMMENT_FIELDS} } }`;
const THREAD = `query($t: CommentSubjectType!, $s: ID!, $first: Int, $after: String) {
  comments(subjectType: $t, subjectId: $s, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${COMMENT_FIELDS} } } }
}`;

interface Comment {
  id: string;
  body: string;
  version: number;
  mine: boolean;
  removed: boolean;
  editedAt: string | null;
  author: { id: string; name: string };
  mentions: { person: { id: string } | null; role: { key: string } | null }[];
  revisions: { body: string; editedAt: string }[];
}

describe('comments', () => {
  let api: TestApp;
  let owner: SignedIn;
  let editor: SignedIn;
  let viewer: SignedIn;
  let stranger: SignedIn;
  let project: StandardProject;
  let taskId: string;
  let taskOwnerId: string;
  let colleagueId: string;
  let trainerRoleId: string;
  let notify: jest.SpyInstance;

  const add = async (as: SignedIn, body: string, extra: Record<string, unknown> = {}, subject = { subjectType: 'TASK', subjectId: taskId }) =>
    (await api.ok<{ addComment: Comment }>(ADD, { input: { ...subject, body, ...extra } }, as.token)).addComment;
  const thread = (as: SignedIn, first = 50, after?: string, subject = { t: 'TASK', s: taskId }) =>
    api.gql<{ comments: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Comment }[] } }>(THREAD, { ...subject, first, after }, as.token);
  const eventsHanded = (): NotificationEvent[] => notify.mock.calls.flatMap((call) => call[1] as NotificationEvent[]);

  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Comment owner');
    editor = await api.signUp('Comment editor', { organisationOf: owner });
    viewer = await api.signUp('Comment viewer', { organisationOf: owner });
    stranger = await api.signUp('Comment stranger');
    project = await createStandardProject(api, owner.token);
    await shareProject(api, owner.token, project.id, editor, 'EDITOR');
    await shareProject(api, owner.token, project.id, viewer, 'VIEWER');
    const data = await api.ok('query($p: ID!) { tasks(projectId: $p, first: 1) { edges { node { id role { key } } } } roles(projectId: $p) { id key } }', { p: project.id }, owner.token);
    taskId = data['tasks'].edges[0].node.id;
    trainerRoleId = data['roles'].find((r: { key: string }) => r.key === 'TRAINER').id;
    // The task's role gets a primary holder, who then owns the task.
    taskOwnerId = (await createPerson(api, owner.token, 'Task Owner')).id;
    await assignRole(api, owner.token, { projectId: project.id, roleKey: data['tasks'].edges[0].node.role.key, personId: taskOwnerId, allocationPercent: 10, primary: true });
    colleagueId = (await createPerson(api, owner.token, 'Mentioned Colleague')).id;
    notify = jest.spyOn(api.app.get(NotificationsService), 'notify');
  });
  beforeEach(() => notify.mockClear());
  afterAll(async () => {
    notify.mockRestore();
    await api.close();
  });

  it('lets a viewer comment, mentioning a colleague and a role, and tells them and the task’s owner', async () => {
    const comment = await add(viewer, 'Can @trainer and @Mentioned Colleague look at this? Mail me at viewer@trainer.example', { mentionPersonIds: [colleagueId] });
    expect(comment).toMatchObject({ author: { id: viewer.user.id }, mine: true, version: 1, editedAt: null, removed: false });
    expect(comment.mentions).toEqual([{ person: { id: colleagueId, name: 'Mentioned Colleague' }, role: null }, { person: null, role: { id: trainerRoleId, key: 'TRAINER', name: expect.any(String) } }]);
    const events = eventsHanded();
    expect(events.map((e) => e.kind)).toEqual(['MENTION', 'COMMENT_ON_YOURS']);
    const link = `/projects/${project.id}/board?task=${taskId}#comment-${comment.id}`;
    expect(events[0]).toMatchObject({
      projectId: project.id,
      subject: { type: 'TASK', id: taskId },
      actorUserId: viewer.user.id,
      link,
      to: { personIds: [colleagueId], roles: [{ projectId: project.id, roleId: trainerRoleId, allHolders: true }] },
    });
    expect(events[1]).toMatchObject({ actorUserId: viewer.user.id, link, to: { personIds: [taskOwnerId] } });
    const [program] = await api.query<{ organisation_id: string }>('SELECT organisation_id FROM projects WHERE id = $1', [project.id]);
    expect(events.map((e) => e.organisationId)).toEqual([program.organisation_id, program.organisation_id]);
  });

  it('quotes the comment in the notification as the words it shows, without its Markdown', async () => {
    await add(viewer, '**Blocked** on the _sandbox_ refresh, see [the ticket](https://example.test/t/1) and `npm ci` @Mentioned Colleague', { mentionPersonIds: [colleagueId] });
    const [mention] = eventsHanded();
    expect(mention.writtenBody).toBe('Blocked on the sandbox refresh, see the ticket and npm ci @Mentioned Colleague');
  });

  it('tells a milestone’s owner: the project manager by default, its own owning role once it has one', async () => {
    const milestone = project.phases.flatMap((p) => p.milestones).at(-1)!;
    const managerId = (await createPerson(api, owner.token, 'Program Manager')).id;
    const analystId = (await createPerson(api, owner.token, 'Milestone Analyst')).id;
    await assignRole(api, owner.token, { projectId: project.id, roleKey: 'PROJECT_MANAGER', personId: managerId, allocationPercent: 10, primary: true });
    await assignRole(api, owner.token, { projectId: project.id, roleKey: 'BUSINESS_ANALYST', personId: analystId, allocationPercent: 10, primary: true });
    const subject = { subjectType: 'MILESTONE', subjectId: milestone.id };
    notify.mockClear();
    await add(viewer, 'Is this date still right?', {}, subject);
    expect(eventsHanded().filter((e) => e.kind === 'COMMENT_ON_YOURS').map((e) => e.to.personIds)).toEqual([[managerId]]);

    await api.ok('mutation($i: UpdateMilestoneInput!) { updateMilestone(input: $i) { id } }', { i: { id: milestone.id, version: milestone.version, ownerRoleKey: 'BUSINESS_ANALYST' } }, owner.token);
    notify.mockClear();
    await add(viewer, 'And now?', {}, subject);
    expect(eventsHanded().filter((e) => e.kind === 'COMMENT_ON_YOURS').map((e) => e.to.personIds)).toEqual([[analystId]]);
  });

  it('lists a thread oldest first, one page at a time, with its count', async () => {
    const risk = (await api.ok('mutation($i: CreateRiskInput!) { createRisk(input: $i) { id } }', { i: { projectId: project.id, title: 'Paged risk', likelihood: 2, impact: 2 } }, owner.token))['createRisk'];
    const subject = { subjectType: 'RISK', subjectId: risk.id };
    for (const body of ['first', 'second', 'third']) await add(owner, body, {}, subject);
    const one = await thread(owner, 2, undefined, { t: 'RISK', s: risk.id });
    expect(one.errors).toBeUndefined();
    expect(one.data!.comments.edges.map((e) => e.node.body)).toEqual(['first', 'second']);
    expect(one.data!.comments).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const two = await thread(owner, 2, one.data!.comments.pageInfo.endCursor, { t: 'RISK', s: risk.id });
    expect(two.data!.comments.edges.map((e) => e.node.body)).toEqual(['third']);
    expect(two.data!.comments.pageInfo.hasNextPage).toBe(false);
    const counted = await api.ok('query($p: ID!) { risks(projectId: $p) { id commentCount } }', { p: project.id }, owner.token);
    expect(counted['risks'].find((r: { id: string }) => r.id === risk.id).commentCount).toBe(3);
  });

  it('keeps the earlier text when the author edits, and tells only people newly mentioned', async () => {
    const comment = await add(editor, 'Draft for @trainer');
    notify.mockClear();
    const edited = (await api.ok<{ updateComment: Comment }>(UPDATE, { input: { id: comment.id, version: 1, body: 'Final for @trainer', mentionPersonIds: [colleagueId] } }, editor.token)).updateComment;
    expect(edited).toMatchObject({ body: 'Final for @trainer', version: 2, revisions: [{ body: 'Draft for @trainer' }] });
    expect(edited.editedAt).not.toBeNull();
    expect(eventsHanded()).toEqual([expect.objectContaining({ kind: 'MENTION', to: { personIds: [colleagueId], roles: [] } })]);
    const again = (await api.ok<{ updateComment: Comment }>(UPDATE, { input: { id: comment.id, version: 2, body: 'Final, really' } }, editor.token)).updateComment;
    expect(again.revisions.map((r) => r.body)).toEqual(['Draft for @trainer', 'Final for @trainer']);
  });

  it('answers CONFLICT to an edit of a version that changed, and changes nothing', async () => {
    const comment = await add(editor, 'Version one');
    await api.ok(UPDATE, { input: { id: comment.id, version: 1, body: 'Version two' } }, editor.token);
    const before = await databaseFingerprint(api);
    const stale = await api.gql(UPDATE, { input: { id: comment.id, version: 1, body: 'Lost update' } }, editor.token);
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const staleDelete = await api.gql(DELETE, { input: { id: comment.id, version: 1 } }, editor.token);
    expect(staleDelete.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('refuses an edit of someone else’s comment, and a removal by anyone but its author or an owner', async () => {
    const comment = await add(editor, 'Mine to change');
    const before = await databaseFingerprint(api);
    const byOwner = await api.gql(UPDATE, { input: { id: comment.id, version: 1, body: 'Owner rewrites it' } }, owner.token);
    expect(byOwner.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const byViewer = await api.gql(DELETE, { input: { id: comment.id, version: 1 } }, viewer.token);
    expect(byViewer.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(api)).toEqual(before);
    const removedByOwner = await api.ok<{ deleteComment: Comment }>(DELETE, { input: { id: comment.id, version: 1 } }, owner.token);
    expect(removedByOwner.deleteComment.removed).toBe(true);
  });

  it('keeps a removed comment’s place in the thread without its text, history or mentions', async () => {
    const milestoneId = project.phases[0].milestones[0].id;
    const subject = { subjectType: 'MILESTONE', subjectId: milestoneId };
    const kept = await add(viewer, 'Stays', {}, subject);
    const gone = await add(viewer, 'Secret @trainer', { mentionPersonIds: [colleagueId] }, subject);
    await api.ok(UPDATE, { input: { id: gone.id, version: 1, body: 'Secret, edited' } }, viewer.token);
    await api.ok(DELETE, { input: { id: gone.id, version: 2 } }, viewer.token);
    const shown = await thread(viewer, 50, undefined, { t: 'MILESTONE', s: milestoneId });
    expect(shown.data!.comments.totalCount).toBe(1);
    expect(shown.data!.comments.edges.map((e) => [e.node.id, e.node.removed, e.node.body, e.node.mentions.length, e.node.revisions.length])).toEqual([
      [kept.id, false, 'Stays', 0, 0],
      [gone.id, true, '', 0, 0],
    ]);
    const stored = await api.query<{ n: number }>('SELECT (SELECT count(*) FROM comment_revisions WHERE comment_id = $1)::int + (SELECT count(*) FROM comment_mentions WHERE comment_id = $1)::int AS n', [gone.id]);
    expect(stored[0].n).toBe(0);
    const editRemoved = await api.gql(UPDATE, { input: { id: gone.id, version: 3, body: 'Back?' } }, viewer.token);
    expect(editRemoved.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('refuses a mention of someone outside the program’s organisation, and stores nothing', async () => {
    const outsider = await createPerson(api, stranger.token, 'Outsider');
    const before = await databaseFingerprint(api);
    const result = await api.gql(ADD, { input: { subjectType: 'TASK', subjectId: taskId, body: 'Hello @Outsider', mentionPersonIds: [outsider.id] } }, owner.token);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'mentionPersonIds' }] });
    expect(await databaseFingerprint(api)).toEqual(before);
    expect(notify).not.toHaveBeenCalled();
  });

  it('refuses an empty, blank or too long comment', async () => {
    const before = await databaseFingerprint(api);
    for (const body of ['', '   \n ', 'x'.repeat(10_001)]) {
      const result = await api.gql(ADD, { input: { subjectType: 'TASK', subjectId: taskId, body } }, owner.token);
      expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(await databaseFingerprint(api)).toEqual(before);
    expect((await add(owner, 'y'.repeat(10_000))).body).toHaveLength(10_000);
  });

  it('stores raw HTML as the source it was typed in, and answers it as text', async () => {
    const body = '<script>alert(1)</script> <img src=x onerror="alert(2)"> [x](javascript:alert(3))';
    const comment = await add(owner, body);
    expect(comment.body).toBe(body);
    const listed = await thread(owner);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.comments.edges.find((e) => e.node.id === comment.id)!.node.body).toBe(body);
  });

  it('answers NOT_FOUND to a non-member, and to a record named as the wrong kind', async () => {
    const before = await databaseFingerprint(api);
    const added = await api.gql(ADD, { input: { subjectType: 'TASK', subjectId: taskId, body: 'Let me in' } }, stranger.token);
    expect(added.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const read = await thread(stranger);
    expect(read.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(read.data?.comments ?? null).toBeNull();
    const wrongKind = await api.gql(ADD, { input: { subjectType: 'RISK', subjectId: taskId, body: 'Wrong kind' } }, owner.token);
    expect(wrongKind.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await thread(owner, 5, undefined, { t: 'PROCESS', s: taskId })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('marks only the signed-in account’s comments as theirs', async () => {
    const comment = await add(editor, 'Whose is this?');
    const asViewer = await thread(viewer);
    expect(asViewer.data!.comments.edges.find((e) => e.node.id === comment.id)!.node.mine).toBe(false);
  });

  it('counts a task’s comments on the board, and takes them to the trash and back with the task', async () => {
    const task = (await api.ok('mutation($i: CreateTaskInput!) { createTask(input: $i) { id version } }', { i: { projectId: project.id, phaseId: project.phases[0].id, title: 'Commented task', roleKey: 'CRM_ADMIN' } }, owner.token))['createTask'];
    const subject = { subjectType: 'TASK', subjectId: task.id };
    const first = await add(owner, 'One', { mentionPersonIds: [colleagueId] }, subject);
    await add(viewer, 'Two', {}, subject);
    await api.ok(UPDATE, { input: { id: first.id, version: 1, body: 'One, edited', mentionPersonIds: [colleagueId] } }, owner.token);
    const count = async () => (await api.ok('query($id: ID!) { task(id: $id) { commentCount } }', { id: task.id }, owner.token))['task'].commentCount;
    expect(await count()).toBe(2);
    const impact = await api.ok('query($id: ID!) { removalImpact(kind: Task, id: $id) { removedWithIt { kind count } } }', { id: task.id }, owner.token);
    expect(impact['removalImpact'].removedWithIt).toEqual(expect.arrayContaining([{ kind: 'Comment', count: 2 }, { kind: 'CommentRevision', count: 1 }, { kind: 'CommentMention', count: 1 }]));
    await api.ok('mutation($i: DeleteTaskInput!) { deleteTask(input: $i) { id } }', { i: { id: task.id, version: task.version } }, owner.token);
    expect((await api.query('SELECT id FROM comments WHERE subject_id = $1', [task.id])).length).toBe(0);
    await api.ok('mutation($i: RestoreTaskInput!) { restoreTask(input: $i) { id } }', { i: { id: task.id } }, owner.token);
    const back = await thread(owner, 50, undefined, { t: 'TASK', s: task.id });
    expect(back.data!.comments.edges.map((e) => [e.node.body, e.node.revisions.length, e.node.mentions.length])).toEqual([
      ['One, edited', 1, 1],
      ['Two', 0, 0],
    ]);
    expect(await count()).toBe(2);
  });
});

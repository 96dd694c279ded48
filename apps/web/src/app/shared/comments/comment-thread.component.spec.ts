import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, describe, expect, it } from 'vitest';

import { CommentThreadComponent } from './comment-thread.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

function comment(id: string, body: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Comment',
    id,
    body,
    version: 1,
    createdAt: '2027-03-01T10:00:00Z',
    editedAt: null,
    removed: false,
    mine: true,
    author: { __typename: 'CommentAuthor', id: 'u1', name: 'Ana' },
    mentions: [],
    revisions: [],
    ...extra,
  };
}

function thread(comments: unknown[]) {
  return {
    project: { __typename: 'Project', id: 'p1', myPermission: 'VIEWER' },
    roles: [
      { __typename: 'Role', id: 'r-trainer', key: 'TRAINER', name: 'Trainer' },
      { __typename: 'Role', id: 'r-key-user', key: 'KEY_USER', name: 'Key user' },
    ],
    comments: {
      __typename: 'CommentConnection',
      totalCount: comments.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: comments.map((node) => ({ __typename: 'CommentEdge', node })),
    },
  };
}

describe('CommentThreadComponent', () => {
  let fixture: ComponentFixture<CommentThreadComponent>;
  let apollo: ApolloTestingController;

  async function start(comments: unknown[], url?: string): Promise<void> {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideRouter([])] });
    apollo = TestBed.inject(ApolloTestingController);
    if (url) await TestBed.inject(Router).navigateByUrl(url);
    fixture = TestBed.createComponent(CommentThreadComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('subjectType', 'TASK');
    fixture.componentRef.setInput('subjectId', 't1');
    await fixture.whenStable();
    apollo.expectOne('CommentThread').flushData(thread(comments));
    await settle();
  }

  async function settle(ms = 0): Promise<void> {
    await wait(ms);
    await fixture.whenStable();
  }

  afterEach(() => apollo.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const bodies = () => [...page().querySelectorAll<HTMLElement>('[data-testid="comment-body"]')];
  const textarea = () => page().querySelector<HTMLTextAreaElement>('[data-testid="comment-composer-input"]')!;
  const typeInto = (area: HTMLTextAreaElement, value: string) => {
    area.value = value;
    area.setSelectionRange(value.length, value.length);
    area.dispatchEvent(new Event('input'));
  };
  const press = (area: HTMLTextAreaElement, key: string, extra: KeyboardEventInit = {}) => area.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...extra }));

  it('scrolls to the comment a notification links to, outlines it and drops the fragment', async () => {
    await start([comment('c1', 'First'), comment('c2', 'Second')], '/?tab=1#comment-c2');
    await settle();
    const linked = page().querySelector<HTMLElement>('[data-comment-id="c2"]')!;
    expect(linked.classList).toContain('crm-linked');
    expect(page().querySelector('[data-comment-id="c1"]')!.classList).not.toContain('crm-linked');
    expect(document.activeElement).toBe(linked);
    expect(TestBed.inject(Router).url).toBe('/?tab=1');
  });

  it('says there are no comments yet', async () => {
    await start([]);
    expect(page().querySelector('[data-testid="comments-empty"]')?.textContent).toContain('No comments yet');
  });

  it('shows raw HTML typed in a comment as text, never as markup', async () => {
    await start([comment('c1', '<script>window.hacked = true</script> <b>bold?</b>')]);
    const [body] = bodies();
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelector('b')).toBeNull();
    expect(body.textContent).toContain('<script>window.hacked = true</script>');
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('renders Markdown, drops javascript: links and opens the others in a new tab without a referrer', async () => {
    await start([comment('c1', '**Go live** [docs](https://example.test/docs) and [bad](javascript:alert(1)) https://example.com/plain')]);
    const [body] = bodies();
    expect(body.querySelector('strong')?.textContent).toBe('Go live');
    const links = [...body.querySelectorAll('a')];
    expect(links.some((a) => (a.getAttribute('href') ?? '').startsWith('javascript'))).toBe(false);
    const docs = links.find((a) => a.textContent === 'docs')!;
    expect(docs.getAttribute('target')).toBe('_blank');
    expect(docs.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links.find((a) => a.textContent === 'https://example.com/plain')?.getAttribute('target')).toBe('_blank');
  });

  it('shows a removed comment as removed, in its place', async () => {
    await start([comment('c1', 'First'), comment('c2', '', { removed: true }), comment('c3', 'Third')]);
    const items = [...page().querySelectorAll<HTMLElement>('[data-testid="comment"]')];
    expect(items.map((i) => i.dataset['commentId'])).toEqual(['c1', 'c2', 'c3']);
    expect(items[1].querySelector('[data-testid="comment-removed"]')?.textContent).toContain('Comment removed');
  });

  it('picks a role with the arrow keys and Enter, writing its key', async () => {
    await start([]);
    const area = textarea();
    typeInto(area, 'Ask @k');
    await settle(200);
    apollo.expectOne('CommentMentionPeople').flushData({ people: [{ __typename: 'Person', id: 'p-kim', name: 'Kim', email: 'kim@example.test' }] });
    await settle();
    const options = () => [...page().querySelectorAll<HTMLElement>('[data-testid="comment-composer-mentions"] [role="option"]')];
    expect(options().map((o) => o.querySelector('.label')?.textContent)).toEqual(['Kim', 'Key user']);
    expect(options().map((o) => o.querySelector('.kind')?.textContent)).toEqual(['person', '@key_user · all holders']);
    press(area, 'ArrowDown');
    await settle();
    expect(options()[1].getAttribute('aria-selected')).toBe('true');
    press(area, 'Enter');
    await settle();
    expect(area.value).toBe('Ask @key_user ');
    expect(page().querySelector('[data-testid="comment-composer-mentions"]')).toBeNull();
  });

  it('picks a person with Enter and sends their id with Ctrl+Enter', async () => {
    await start([]);
    const area = textarea();
    typeInto(area, 'Thanks @Ki');
    await settle(200);
    apollo.expectOne('CommentMentionPeople').flushData({ people: [{ __typename: 'Person', id: 'p-kim', name: 'Kim', email: 'kim@example.test' }] });
    await settle();
    press(area, 'Enter');
    await settle();
    expect(area.value).toBe('Thanks @Kim ');
    typeInto(area, 'Thanks @Kim for this');
    await settle(200);
    press(area, 'Enter', { ctrlKey: true });
    await settle();
    const sent = apollo.expectOne('CommentAdd');
    expect(sent.operation.variables['input']).toEqual({ subjectType: 'TASK', subjectId: 't1', body: 'Thanks @Kim for this', mentionPersonIds: ['p-kim'] });
    sent.flushData({ addComment: comment('c9', 'Thanks @Kim for this') });
    await settle();
    apollo.expectOne('CommentThread').flushData(thread([comment('c9', 'Thanks @Kim for this')]));
    await settle();
    expect(bodies().map((b) => b.textContent?.trim())).toEqual(['Thanks @Kim for this']);
    expect(textarea().value).toBe('');
  });

  it('words a stale edit as someone else’s change, with a reload', async () => {
    await start([comment('c1', 'Old text')]);
    page().querySelector<HTMLButtonElement>('[data-testid="comment-edit"]')!.click();
    await settle();
    const editor = page().querySelector<HTMLTextAreaElement>('[data-testid="comment-editor-input"]')!;
    typeInto(editor, 'New text');
    await settle();
    page().querySelector<HTMLButtonElement>('[data-testid="comment-editor-send"]')!.click();
    await settle();
    const update = apollo.expectOne('CommentUpdate');
    expect(update.operation.variables['input']).toMatchObject({ id: 'c1', version: 1, body: 'New text' });
    update.graphqlErrors([{ message: 'stale', extensions: { code: 'CONFLICT' } } as never]);
    await settle();
    expect(page().querySelector('[data-testid="comment-problem"]')?.textContent).toContain('Someone else changed this comment');
  });
});

import { afterNextRender, afterRenderEffect, ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';

import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';

import { COMMENT_MAX_LENGTH } from '@crm/domain';
import { CommentMentionPeopleGQL } from '@crm/graphql-client';

import { renderCommentMarkdown } from './comment-markdown';
import { matchingRoles, MentionChoice, MentionQuery, mentionQueryAt, withMention } from './mention-query';

export interface ComposedComment {
  body: string;
  mentionPersonIds: string[];
}

const PEOPLE_SHOWN = 6;

/**
 * Writing a comment: Markdown in a textarea, Ctrl/Cmd+Enter sends, a preview, and `@` opens a list
 * of the organisation's people and the program's roles (arrows and Enter pick). A picked person is
 * kept by id, so two people of the same name are never confused; a role is written as its key.
 */
@Component({
  selector: 'crm-comment-composer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatButtonToggleModule],
  templateUrl: './comment-composer.component.html',
  styleUrl: './comment-composer.component.scss',
})
export class CommentComposerComponent {
  private readonly peopleGQL = inject(CommentMentionPeopleGQL);

  readonly roles = input<readonly { id: string; key: string; name: string }[]>([]);
  readonly initialBody = input('');
  readonly initialPersons = input<readonly { id: string; name: string }[]>([]);
  readonly submitLabel = input($localize`:@@shared.composer.submit:Comment`);
  readonly busy = input(false);
  readonly cancellable = input(false);
  readonly testId = input('comment-composer');

  readonly submitted = output<ComposedComment>();
  readonly cancelled = output<void>();

  private readonly textarea = viewChild.required<ElementRef<HTMLTextAreaElement>>('textarea');
  private readonly mentionList = viewChild<ElementRef<HTMLElement>>('mentionList');

  readonly body = signal('');
  readonly previewing = signal(false);
  readonly query = signal<MentionQuery | null>(null);
  readonly active = signal(0);
  /** People picked while writing, by the name inserted for them. */
  private readonly picked = signal<readonly { id: string; name: string }[]>([]);
  readonly maxLength = COMMENT_MAX_LENGTH;

  private readonly people = toSignal(
    toObservable(computed(() => this.query()?.text ?? null)).pipe(
      debounceTime(150),
      distinctUntilChanged(),
      switchMap((text) =>
        text === null
          ? of([])
          : this.peopleGQL.fetch({ variables: { search: text.trim() || null, first: PEOPLE_SHOWN } }).pipe(
              map(({ data }) => data?.people ?? []),
              catchError(() => of([])),
            ),
      ),
    ),
    { initialValue: [] },
  );

  readonly choices = computed<MentionChoice[]>(() => {
    const query = this.query();
    if (!query) return [];
    const people = this.people().map((p) => ({ kind: 'person' as const, id: p.id, label: p.name, note: $localize`:@@shared.composer.personNote:person`, insert: p.name }));
    return [...people, ...matchingRoles(this.roles(), query.text)];
  });
  readonly listOpen = computed(() => this.query() !== null && this.choices().length > 0);
  readonly preview = computed(() => renderCommentMarkdown(this.body()));
  readonly tooLong = computed(() => this.body().length > COMMENT_MAX_LENGTH);
  readonly empty = computed(() => this.body().trim() === '');

  constructor() {
    // The textarea is written only here and on a pick: binding its value would move the caret while typing.
    afterNextRender(() => {
      this.body.set(this.initialBody());
      this.picked.set(this.initialPersons());
      this.textarea().nativeElement.value = this.initialBody();
    });
    // The list opens below the textarea, often at the bottom of a scrolling dialog: keep the chosen entry in sight.
    afterRenderEffect(() => {
      const index = this.active();
      const option = this.mentionList()?.nativeElement.children.item(index);
      option?.scrollIntoView?.({ block: 'nearest' });
    });
  }

  typed(event: Event): void {
    const area = event.target as HTMLTextAreaElement;
    this.body.set(area.value);
    this.query.set(mentionQueryAt(area.value, area.selectionStart ?? area.value.length));
    this.active.set(0);
  }

  keydown(event: KeyboardEvent): void {
    if (this.listOpen()) {
      const count = this.choices().length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        this.active.update((i) => (i + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        this.pick(this.choices()[this.active()]);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        this.query.set(null);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.send();
    }
  }

  pick(choice: MentionChoice): void {
    const query = this.query();
    const area = this.textarea().nativeElement;
    if (!query) return;
    const next = withMention(this.body(), query, choice.insert, area.selectionStart ?? this.body().length);
    if (choice.kind === 'person') this.picked.update((people) => [...people.filter((p) => p.id !== choice.id), { id: choice.id, name: choice.insert }]);
    this.body.set(next.value);
    area.value = next.value;
    area.setSelectionRange(next.caret, next.caret);
    area.focus();
    this.query.set(null);
  }

  send(): void {
    if (this.empty() || this.tooLong() || this.busy()) return;
    const body = this.body();
    // A person counts as mentioned while their @Name is still in the text.
    const mentionPersonIds = this.picked()
      .filter((p) => body.includes(`@${p.name}`))
      .map((p) => p.id);
    this.submitted.emit({ body, mentionPersonIds });
  }

  /** After a comment was sent: an empty composer for the next. */
  clear(): void {
    this.body.set('');
    this.picked.set([]);
    this.previewing.set(false);
    const area = this.textarea().nativeElement;
    area.value = '';
  }
}

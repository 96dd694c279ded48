import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';

import { catchError, combineLatest, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';

import { SEARCH_TEXT_MAX_LENGTH } from '@crm/domain';
import { ProgramSearchGQL, ProgramSearchHitFragment } from '@crm/graphql-client';

import { groupHits, hitLink, HitLink, isSearchShortcut, ListedHit, markedParts, stepIndex } from './search-results';

type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; text: string }
  | { status: 'done'; text: string; hits: readonly ProgramSearchHitFragment[] }
  | { status: 'failed' };

/** How long typing must pause before the search goes out, so a word is one request, not one per letter. */
export const SEARCH_DEBOUNCE_MS = 250;

/**
 * The search box of a program's header: finds its tasks, milestones, requirements, people and
 * risks by the start of their words, and lists them by kind under the box. Arrow keys walk the
 * list, Enter opens the record, Escape closes the list; "/" or Ctrl+K jumps here from anywhere.
 * Titles and snippets arrive as plain text with the matched words' positions, never as HTML.
 */
@Component({
  selector: 'crm-project-search',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  host: {
    '(document:keydown)': 'shortcut($event)',
    '(focusout)': 'focusLeft($event)',
  },
  templateUrl: './project-search.component.html',
  styleUrl: './project-search.component.scss',
})
export class ProjectSearchComponent {
  readonly projectId = input.required<string>();

  private readonly searchGQL = inject(ProgramSearchGQL);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly box = viewChild.required<ElementRef<HTMLInputElement>>('box');

  protected readonly maxLength = SEARCH_TEXT_MAX_LENGTH;
  protected readonly text = signal('');
  protected readonly open = signal(false);
  protected readonly active = signal(-1);
  protected readonly markedParts = markedParts;

  protected readonly state = toSignal(
    combineLatest([toObservable(this.projectId), toObservable(this.text).pipe(map((text) => text.trim()))]).pipe(
      debounceTime(SEARCH_DEBOUNCE_MS),
      distinctUntilChanged(([p1, t1], [p2, t2]) => p1 === p2 && t1 === t2),
      switchMap(([projectId, text]) =>
        text === ''
          ? of<SearchState>({ status: 'idle' })
          : this.searchGQL.fetch({ variables: { projectId, text }, fetchPolicy: 'network-only' }).pipe(
              map(({ data }): SearchState => ({ status: 'done', text, hits: data?.search ?? [] })),
              catchError(() => of<SearchState>({ status: 'failed' })),
              startWith<SearchState>({ status: 'searching', text }),
            ),
      ),
    ),
    { initialValue: { status: 'idle' } as SearchState },
  );

  protected readonly groups = computed(() => {
    const state = this.state();
    return state.status === 'done' ? groupHits(state.hits) : [];
  });
  private readonly listed = computed<ListedHit[]>(() => this.groups().flatMap((group) => group.hits));

  /** The list shows while the box has focus and something was typed. */
  protected readonly panelOpen = computed(() => this.open() && this.text().trim() !== '');
  protected readonly activeId = computed(() => (this.panelOpen() && this.active() >= 0 ? this.optionId(this.active()) : null));

  constructor() {
    // New results start at the best hit, so Enter opens it straight away.
    toObservable(this.listed).subscribe((listed) => this.active.set(listed.length > 0 ? 0 : -1));
  }

  protected optionId(index: number): string {
    return `program-search-hit-${index}`;
  }

  protected link(hit: ProgramSearchHitFragment): HitLink {
    return hitLink(this.projectId(), hit);
  }

  protected typed(event: Event): void {
    this.text.set((event.target as HTMLInputElement).value);
    this.open.set(true);
  }

  protected keydown(event: KeyboardEvent): void {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        this.open.set(true);
        const next = stepIndex(this.active(), event.key === 'ArrowDown' ? 1 : -1, this.listed().length);
        this.active.set(next);
        // Keeps the chosen hit in view in a long list (jsdom, in unit tests, has no scrolling).
        if (next >= 0) this.host.nativeElement.querySelector(`#${this.optionId(next)}`)?.scrollIntoView?.({ block: 'nearest' });
        break;
      }
      case 'Enter': {
        const chosen = this.panelOpen() ? this.listed()[this.active()] : undefined;
        if (!chosen) return;
        event.preventDefault();
        this.go(chosen.hit);
        break;
      }
      case 'Escape':
        if (this.panelOpen()) {
          event.preventDefault();
          this.open.set(false);
        } else {
          this.box().nativeElement.blur();
        }
        break;
    }
  }

  /** A hit opened with the mouse: the router link navigates; the list closes. */
  protected chosen(): void {
    this.open.set(false);
    this.box().nativeElement.blur();
  }

  protected shortcut(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    const typingInField = !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    if (!isSearchShortcut(event, typingInField)) return;
    // A dialog holds the focus on purpose; the shortcut waits until it is closed.
    if (document.querySelector('.cdk-overlay-container .mat-mdc-dialog-container')) return;
    event.preventDefault();
    const box = this.box().nativeElement;
    box.focus();
    box.select();
  }

  protected focusLeft(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.host.nativeElement.contains(next)) this.open.set(false);
  }

  private go(hit: ProgramSearchHitFragment): void {
    const { path, queryParams } = this.link(hit);
    this.chosen();
    void this.router.navigate(path, { queryParams });
  }
}

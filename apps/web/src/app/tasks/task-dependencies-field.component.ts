import { ChangeDetectionStrategy, Component, computed, inject, input, model, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';

import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';

import { TaskDependencyChoicesGQL } from '@crm/graphql-client';

import { STATUS_LABELS } from './board-columns';

interface Choice {
  id: string;
  title: string;
  status: keyof typeof STATUS_LABELS;
}

const CHOICES_LIMIT = 20;

/** The tasks this one waits for, picked by title. The server refuses a pick that would close a loop. */
@Component({
  selector: 'crm-task-dependencies-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatAutocompleteModule, MatChipsModule, MatFormFieldModule],
  template: `
    <mat-form-field appearance="outline" class="field">
      <mat-label>Waits for</mat-label>
      <mat-chip-grid #grid aria-label="Tasks this one waits for" [disabled]="disabled()">
        @for (id of ids(); track id) {
          <mat-chip-row [attr.data-dependency-id]="id" (removed)="remove(id)" data-testid="task-dependency">
            {{ titleOf(id) }}
            @if (!disabled()) {
              <button matChipRemove type="button" [attr.aria-label]="'Stop waiting for ' + titleOf(id)">✕</button>
            }
          </mat-chip-row>
        }
        <input
          placeholder="Type part of a task title"
          data-testid="task-dependency-input"
          [value]="text()"
          [disabled]="disabled()"
          [matChipInputFor]="grid"
          [matAutocomplete]="auto"
          (input)="typed($event)"
        />
      </mat-chip-grid>
      <mat-autocomplete #auto="matAutocomplete" (optionSelected)="add($event)">
        @for (choice of options(); track choice.id) {
          <mat-option [value]="choice">{{ choice.title }} <span class="status">· {{ statusLabels[choice.status] }}</span></mat-option>
        } @empty {
          <mat-option disabled>{{ text().trim() ? 'No other task has these words in its title.' : 'No other tasks yet.' }}</mat-option>
        }
      </mat-autocomplete>
      <mat-hint>This task should not start before these are done.</mat-hint>
    </mat-form-field>
    @if (error(); as message) {
      <p class="error" role="alert" data-testid="error-dependsOnIds">{{ message }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      width: 100%;
    }
    .status {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      margin: 4px 0 12px;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class TaskDependenciesFieldComponent {
  private readonly choicesGQL = inject(TaskDependencyChoicesGQL);

  readonly projectId = input.required<string>();
  /** The task being edited, which cannot wait for itself. */
  readonly taskId = input.required<string>();
  readonly ids = model<string[]>([]);
  /** Titles already known, e.g. from the board, so chips have names before any search. */
  readonly knownTitles = input<ReadonlyMap<string, string>>(new Map());
  readonly error = input<string | null>(null);
  readonly disabled = input(false);

  protected readonly statusLabels = STATUS_LABELS;
  protected readonly text = signal('');
  private readonly seenTitles = signal<ReadonlyMap<string, string>>(new Map());

  private readonly choices = toSignal(
    toObservable(this.text).pipe(
      map((text) => text.trim()),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((search) =>
        this.choicesGQL
          .fetch({ variables: { projectId: this.projectId(), search: search || null, first: CHOICES_LIMIT } })
          .pipe(
            map(({ data }) => (data?.tasks.edges ?? []).map((edge): Choice => edge.node)),
            catchError(() => of<Choice[]>([])),
          ),
      ),
    ),
    { initialValue: [] as Choice[] },
  );

  protected readonly options = computed(() => {
    const excluded = new Set([this.taskId(), ...this.ids()]);
    return this.choices().filter((choice) => !excluded.has(choice.id));
  });

  protected titleOf(id: string): string {
    return this.seenTitles().get(id) ?? this.knownTitles().get(id) ?? 'A task not loaded on the board';
  }

  protected typed(event: Event): void {
    this.text.set((event.target as HTMLInputElement).value);
  }

  protected add(event: MatAutocompleteSelectedEvent): void {
    const choice = event.option.value as Choice;
    this.seenTitles.update((titles) => new Map(titles).set(choice.id, choice.title));
    if (!this.ids().includes(choice.id)) this.ids.set([...this.ids(), choice.id]);
    this.text.set('');
  }

  protected remove(id: string): void {
    this.ids.set(this.ids().filter((current) => current !== id));
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, input, model, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';

import { dependencyLagProblem, formatMessage } from '@crm/domain';
import { TaskDependencyChoicesGQL } from '@crm/graphql-client';

import { injectMessageLocale } from '../shared/i18n/message-locale';
import { STATUS_LABELS } from './board-columns';
import { lagLabel } from './lag-words';
import type { DependencyLink } from './task-form';

interface Choice {
  id: string;
  title: string;
  status: keyof typeof STATUS_LABELS;
}

const CHOICES_LIMIT = 20;

/** A whole number of days, signed, as typed; anything else is not a lag (NaN), which the field then explains. */
function typedLag(text: string): number {
  const trimmed = text.trim();
  return /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * The tasks this one waits for, picked by title, each with its lag: how many working days after
 * it finishes this one may begin (negative overlaps it). The server refuses a pick that would
 * close a loop; a lag out of range is explained here, and the dialog does not send it.
 */
@Component({
  selector: 'crm-task-dependencies-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatAutocompleteModule, MatChipsModule, MatFormFieldModule, MatInputModule],
  template: `
    <mat-form-field appearance="outline" class="field">
      <mat-label i18n="@@tasks.dependencies.label">Waits for</mat-label>
      <mat-chip-grid #grid aria-label="Tasks this one waits for" i18n-aria-label="@@tasks.dependencies.chipsLabel" [disabled]="disabled()">
        @for (link of links(); track link.dependsOnId) {
          <mat-chip-row [attr.data-dependency-id]="link.dependsOnId" (removed)="remove(link.dependsOnId)" data-testid="task-dependency">
            {{ chipLabel(link) }}
            @if (!disabled()) {
              <button matChipRemove type="button" [attr.aria-label]="stopWaitingLabel(link.dependsOnId)">✕</button>
            }
          </mat-chip-row>
        }
        <input
          placeholder="Type part of a task title"
          i18n-placeholder="@@tasks.dependencies.placeholder"
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
          @if (text().trim()) {
            <mat-option disabled i18n="@@tasks.dependencies.noMatch">No other task has these words in its title.</mat-option>
          } @else {
            <mat-option disabled i18n="@@tasks.dependencies.noTasks">No other tasks yet.</mat-option>
          }
        }
      </mat-autocomplete>
      <mat-hint i18n="@@tasks.dependencies.hint">This task should not start before these are done.</mat-hint>
    </mat-form-field>
    @if (links().length > 0) {
      <ul class="lags" aria-label="When this task may start after each" i18n-aria-label="@@tasks.dependencies.lagsLabel">
        @for (link of links(); track link.dependsOnId) {
          <li class="lag-row" [attr.data-dependency-id]="link.dependsOnId">
            <span class="lag-title" i18n="@@tasks.dependencies.after">after {{ titleOf(link.dependsOnId) }}</span>
            <mat-form-field appearance="outline" subscriptSizing="dynamic" class="lag-field">
              <mat-label i18n="@@tasks.dependencies.lag">Lag</mat-label>
              <input
                matInput
                inputmode="numeric"
                autocomplete="off"
                data-testid="task-dependency-lag"
                [attr.aria-label]="lagFieldLabel(link.dependsOnId)"
                [attr.aria-invalid]="lagProblem(link) ? 'true' : null"
                [value]="lagText(link)"
                [disabled]="disabled()"
                (input)="lagTyped(link.dependsOnId, $event)"
              />
              <span matTextSuffix i18n="@@tasks.dependencies.days">days</span>
            </mat-form-field>
            @if (lagProblem(link); as problem) {
              <span class="lag-hint error" role="alert" data-testid="error-dependency-lag">{{ problem }}</span>
            } @else {
              <span class="lag-hint" i18n="@@tasks.dependencies.lagHint">working days after it finishes</span>
            }
          </li>
        }
      </ul>
    }
    @if (error(); as message) {
      <p class="error" role="alert" data-testid="error-dependencies">{{ message }}</p>
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
    .lags {
      list-style: none;
      margin: 0 0 12px;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .lag-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
    }
    .lag-title {
      flex: 1 1 12rem;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .lag-field {
      width: 9rem;
    }
    .lag-hint {
      flex: 1 1 100%;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .lag-hint.error {
      color: var(--mat-sys-error);
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
  private readonly messageLocale = injectMessageLocale();

  readonly projectId = input.required<string>();
  /** The task being edited, which cannot wait for itself. */
  readonly taskId = input.required<string>();
  readonly links = model<DependencyLink[]>([]);
  /** Titles already known, e.g. from the board, so chips have names before any search. */
  readonly knownTitles = input<ReadonlyMap<string, string>>(new Map());
  readonly error = input<string | null>(null);
  readonly disabled = input(false);

  protected readonly statusLabels = STATUS_LABELS;
  protected readonly text = signal('');
  private readonly seenTitles = signal<ReadonlyMap<string, string>>(new Map());
  /** Lags as typed, so a half-typed "-" stays on screen while it is not a number yet. */
  private readonly lagTexts = signal<ReadonlyMap<string, string>>(new Map());

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
    const excluded = new Set([this.taskId(), ...this.links().map((link) => link.dependsOnId)]);
    return this.choices().filter((choice) => !excluded.has(choice.id));
  });

  protected titleOf(id: string): string {
    return this.seenTitles().get(id) ?? this.knownTitles().get(id) ?? $localize`:@@tasks.dependencies.unknownTask:A task not loaded on the board`;
  }

  protected chipLabel(link: DependencyLink): string {
    const lag = Number.isInteger(link.lagDays) ? lagLabel(link.lagDays) : null;
    return lag ? `${this.titleOf(link.dependsOnId)} (${lag})` : this.titleOf(link.dependsOnId);
  }

  protected lagText(link: DependencyLink): string {
    return this.lagTexts().get(link.dependsOnId) ?? String(link.lagDays);
  }

  protected lagProblem(link: DependencyLink): string | null {
    const problem = dependencyLagProblem(link.lagDays);
    return problem && formatMessage(this.messageLocale, problem);
  }

  protected stopWaitingLabel(id: string): string {
    return $localize`:@@tasks.dependencies.stopWaiting:Stop waiting for ${this.titleOf(id)}:title:`;
  }

  protected lagFieldLabel(id: string): string {
    return $localize`:@@tasks.dependencies.lagFieldLabel:Working days after ${this.titleOf(id)}:title: finishes`;
  }

  protected lagTyped(dependsOnId: string, event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.lagTexts.update((texts) => new Map(texts).set(dependsOnId, text));
    this.links.set(this.links().map((link) => (link.dependsOnId === dependsOnId ? { ...link, lagDays: typedLag(text) } : link)));
  }

  protected typed(event: Event): void {
    this.text.set((event.target as HTMLInputElement).value);
  }

  protected add(event: MatAutocompleteSelectedEvent): void {
    const choice = event.option.value as Choice;
    this.seenTitles.update((titles) => new Map(titles).set(choice.id, choice.title));
    if (!this.links().some((link) => link.dependsOnId === choice.id)) this.links.set([...this.links(), { dependsOnId: choice.id, lagDays: 0 }]);
    this.text.set('');
  }

  protected remove(id: string): void {
    this.links.set(this.links().filter((link) => link.dependsOnId !== id));
  }
}

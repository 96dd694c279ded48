import { ChangeDetectionStrategy, Component, computed, effect, inject, input, linkedSignal, model, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInput, MatInputModule } from '@angular/material/input';

import { catchError, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';

import { TeamPeopleSearchGQL } from '@crm/graphql-client';

/** Someone from the people directory, as far as picking them needs. */
export interface PersonChoice {
  id: string;
  name: string;
  email?: string | null;
}

type Search = { status: 'idle' } | { status: 'searching' } | { status: 'done'; people: readonly PersonChoice[] } | { status: 'failed' };

const SEARCH_LIMIT = 10;

/**
 * A text field that finds someone in the people directory by name or email. `person` is the choice:
 * it changes when the user picks someone from the list, and becomes null when they clear the field.
 * Typing alone chooses nobody, so a half-typed name is never taken for a person.
 */
@Component({
  selector: 'crm-person-autocomplete',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatAutocompleteModule, MatFormFieldModule, MatInputModule],
  template: `
    <mat-form-field appearance="outline" [subscriptSizing]="subscriptSizing()">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="text"
        autocomplete="off"
        [placeholder]="placeholder()"
        [value]="text()"
        [disabled]="disabled()"
        [matAutocomplete]="auto"
        [attr.data-testid]="inputTestId()"
        [errorStateMatcher]="errorMatcher"
        (input)="typed($event)"
      />
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="nameOf" (optionSelected)="chosen($event)">
        @for (person of options(); track person.id) {
          <mat-option [value]="person">
            <span>{{ person.name }}</span>
            @if (person.email) {
              <span class="email">{{ person.email }}</span>
            }
          </mat-option>
        } @empty {
          @if (searchMessage(); as message) {
            <mat-option disabled>{{ message }}</mat-option>
          }
        }
      </mat-autocomplete>
      @if (hint(); as hint) {
        <mat-hint>{{ hint }}</mat-hint>
      }
      @if (error(); as error) {
        <mat-error>{{ error }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    mat-form-field {
      width: 100%;
    }
    .email {
      margin-left: 8px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class PersonAutocompleteComponent {
  private readonly peopleGQL = inject(TeamPeopleSearchGQL);

  readonly person = model<PersonChoice | null>(null);
  readonly label = input($localize`:@@shared.personSearch.label:Person`);
  readonly placeholder = input($localize`:@@shared.personSearch.placeholder:Type a name or email`);
  readonly hint = input<string | null>(null);
  /** A message to show under the field, e.g. the server's reason for refusing the choice. */
  readonly error = input<string | null>(null);
  readonly disabled = input(false);
  readonly inputTestId = input<string | null>(null);
  /** People to offer before anything is typed, e.g. the project's team. */
  readonly suggestions = input<readonly PersonChoice[]>([]);
  readonly subscriptSizing = input<'fixed' | 'dynamic'>('fixed');

  /** What the field shows: the chosen person's name, or whatever the user is typing. */
  protected readonly text = linkedSignal(() => this.person()?.name ?? '');

  private readonly search = toSignal(
    toObservable(this.text).pipe(
      map((text) => text.trim()),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((search) =>
        search === '' || search === this.person()?.name
          ? of<Search>({ status: 'idle' })
          : this.peopleGQL.fetch({ variables: { search, first: SEARCH_LIMIT } }).pipe(
              map(({ data }): Search => ({ status: 'done', people: data?.people ?? [] })),
              catchError(() => of<Search>({ status: 'failed' })),
              startWith<Search>({ status: 'searching' }),
            ),
      ),
    ),
    { initialValue: { status: 'idle' } as Search },
  );

  protected readonly options = computed<readonly PersonChoice[]>(() => {
    const search = this.search();
    if (search.status === 'done') return search.people;
    return this.text().trim() === '' ? this.suggestions() : [];
  });

  protected readonly searchMessage = computed(() => {
    const search = this.search();
    if (this.text().trim() === '') return null;
    if (search.status === 'searching') return $localize`:@@shared.personSearch.searching:Searching the people directory…`;
    if (search.status === 'failed') return $localize`:@@shared.personSearch.failed:We could not search the people directory. Try again.`;
    if (search.status === 'done') return $localize`:@@shared.personSearch.noMatch:Nobody in the directory matches. Check the spelling or add them first.`;
    return null;
  });

  /** The field has no form control of its own: it is in error exactly when it is given a message. */
  protected readonly errorMatcher: ErrorStateMatcher = { isErrorState: () => this.error() !== null };

  private readonly inputField = viewChild.required(MatInput);

  constructor() {
    // Without a form control MatInput never re-evaluates its error state on its own.
    effect(() => {
      this.error();
      this.inputField().updateErrorState();
    });
  }

  protected readonly nameOf = (person: PersonChoice | string | null): string =>
    typeof person === 'string' ? person : (person?.name ?? '');

  protected typed(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.text.set(text);
    if (text.trim() === '' && this.person() !== null) this.person.set(null);
  }

  protected chosen(event: MatAutocompleteSelectedEvent): void {
    const person = event.option.value as PersonChoice;
    this.person.set(person);
    this.text.set(person.name);
  }
}

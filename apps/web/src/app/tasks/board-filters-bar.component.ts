import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, linkedSignal, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { debounceTime, Subject } from 'rxjs';

import { PersonAutocompleteComponent, PersonChoice } from '../shared/people/person-autocomplete.component';
import { BoardFilters, hasActiveFilters, NO_FILTERS } from './board-filters';
import type { BoardContext } from './board.store';

const SEARCH_DELAY_MS = 300;

/** The controls that narrow the board. It only reports the filters wanted; the page puts them in the URL. */
@Component({
  selector: 'crm-board-filters-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    PersonAutocompleteComponent,
  ],
  templateUrl: './board-filters-bar.component.html',
  styles: `
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    mat-form-field {
      width: 200px;
    }
    .search {
      width: 240px;
    }
    .owner {
      width: 220px;
    }
    /* On a phone each field takes the whole line, and the check boxes start at the left edge. */
    @media (max-width: 600px) {
      mat-form-field,
      .search,
      .owner {
        width: 100%;
      }
    }
  `,
})
export class BoardFiltersBarComponent {
  readonly filters = input.required<BoardFilters>();
  readonly context = input.required<BoardContext>();
  /** Names of people the board has seen, to show the owner filter by name. */
  readonly knownPeople = input<ReadonlyMap<string, string>>(new Map());

  readonly filtersChange = output<BoardFilters>();

  private readonly searches = new Subject<string>();
  /** The search last sent, so its arrival back through the URL does not undo what was typed since. */
  private lastSentSearch: string | null = null;

  protected readonly searchText = linkedSignal<string, string>({
    source: () => this.filters().search,
    computation: (search, previous) => (previous && search === this.lastSentSearch ? previous.value : search),
  });

  protected readonly active = computed(() => hasActiveFilters(this.filters()));

  /** The people who hold a role in this project: the likeliest owners. */
  protected readonly teamPeople = computed<PersonChoice[]>(() => {
    const people = new Map<string, PersonChoice>();
    for (const role of this.context().roles) {
      for (const holder of role.holders) people.set(holder.person.id, holder.person);
    }
    return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
  });

  protected readonly owner = computed<PersonChoice | null>(() => {
    const id = this.filters().ownerId;
    if (!id) return null;
    return { id, name: this.knownPeople().get(id) ?? this.teamPeople().find((p) => p.id === id)?.name ?? $localize`:@@tasks.filters.chosenPerson:The chosen person` };
  });

  constructor() {
    const subscription = this.searches.pipe(debounceTime(SEARCH_DELAY_MS)).subscribe((search) => {
      if (search.trim() === this.filters().search) return;
      this.lastSentSearch = search.trim();
      this.change({ search: search.trim() });
    });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  protected searchTyped(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.searchText.set(text);
    this.searches.next(text);
  }

  protected change(changes: Partial<BoardFilters>): void {
    this.filtersChange.emit({ ...this.filters(), ...changes });
  }

  protected clear(): void {
    this.lastSentSearch = null;
    this.searchText.set('');
    // Overtakes a search still waiting to be sent, which would otherwise come back after the clear.
    this.searches.next('');
    this.filtersChange.emit(NO_FILTERS);
  }
}

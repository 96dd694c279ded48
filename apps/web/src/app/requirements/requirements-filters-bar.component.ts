import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, linkedSignal, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { debounceTime, Subject } from 'rxjs';

import { hasActiveFilters, NO_REQUIREMENT_FILTERS, RequirementFilters } from './requirement-filters';
import {
  DEPARTMENT_LABELS,
  DEPARTMENTS,
  PRIORITIES,
  PRIORITY_LABELS,
  REQUIREMENT_STATUS_LABELS,
  REQUIREMENT_STATUSES,
} from './requirement-labels';

const SEARCH_DELAY_MS = 300;

type ListKey = 'departments' | 'priorities' | 'statuses';

interface FilterList {
  readonly key: ListKey;
  readonly label: string;
  readonly testId: string;
  readonly options: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
}

/** The controls that narrow the requirements. It only reports the filters wanted; the page puts them in the URL. */
@Component({
  selector: 'crm-requirements-filters-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  templateUrl: './requirements-filters-bar.component.html',
  styles: `
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    mat-form-field {
      width: 190px;
    }
    /* Room for the whole label in Dutch and Italian ("Zoeken in titel en beschrijving"). */
    .search {
      width: 360px;
      max-width: 100%;
    }
  `,
})
export class RequirementsFiltersBarComponent {
  readonly filters = input.required<RequirementFilters>();
  readonly filtersChange = output<RequirementFilters>();

  /** The three multiple choices, one select each. */
  protected readonly lists: readonly FilterList[] = [
    { key: 'departments', label: $localize`:@@requirements.filters.departments:Departments`, testId: 'filter-department', options: DEPARTMENTS, labels: DEPARTMENT_LABELS },
    { key: 'priorities', label: $localize`:@@requirements.filters.priorities:Priorities`, testId: 'filter-priority', options: PRIORITIES, labels: PRIORITY_LABELS },
    { key: 'statuses', label: $localize`:@@requirements.filters.statuses:Statuses`, testId: 'filter-status', options: REQUIREMENT_STATUSES, labels: REQUIREMENT_STATUS_LABELS },
  ];

  private readonly searches = new Subject<string>();
  /** The search last sent, so its arrival back through the URL does not undo what was typed since. */
  private lastSentSearch: string | null = null;

  protected readonly searchText = linkedSignal<string, string>({
    source: () => this.filters().search,
    computation: (search, previous) => (previous && search === this.lastSentSearch ? previous.value : search),
  });
  protected readonly active = computed(() => hasActiveFilters(this.filters()));

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

  protected change(changes: Partial<RequirementFilters>): void {
    this.filtersChange.emit({ ...this.filters(), ...changes });
  }

  protected changeList(key: ListKey, value: string[]): void {
    this.change({ [key]: value } as Partial<RequirementFilters>);
  }

  protected clear(): void {
    this.lastSentSearch = null;
    this.searchText.set('');
    // Overtakes a search still waiting to be sent, which would otherwise come back after the clear.
    this.searches.next('');
    this.filtersChange.emit(NO_REQUIREMENT_FILTERS);
  }
}

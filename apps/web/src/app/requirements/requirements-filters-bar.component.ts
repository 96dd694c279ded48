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

/** The controls that narrow the requirements. It only reports the filters wanted; the page puts them in the URL. */
@Component({
  selector: 'crm-requirements-filters-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  template: `
    <div class="bar" role="search" aria-label="Filter requirements">
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="search">
        <mat-label>Search title and description</mat-label>
        <input matInput type="search" data-testid="requirements-search" [value]="searchText()" (input)="searchTyped($event)" />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Departments</mat-label>
        <mat-select
          multiple
          data-testid="filter-department"
          [value]="filters().departments"
          (selectionChange)="change({ departments: $event.value })"
        >
          @for (department of departments; track department) {
            <mat-option [value]="department">{{ departmentLabels[department] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Priorities</mat-label>
        <mat-select
          multiple
          data-testid="filter-priority"
          [value]="filters().priorities"
          (selectionChange)="change({ priorities: $event.value })"
        >
          @for (priority of priorities; track priority) {
            <mat-option [value]="priority">{{ priorityLabels[priority] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Statuses</mat-label>
        <mat-select multiple data-testid="filter-status" [value]="filters().statuses" (selectionChange)="change({ statuses: $event.value })">
          @for (status of statuses; track status) {
            <mat-option [value]="status">{{ statusLabels[status] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (active()) {
        <button mat-button type="button" data-testid="requirements-clear-filters" (click)="clear()">Clear filters</button>
      }
    </div>
  `,
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
    .search {
      width: 280px;
    }
  `,
})
export class RequirementsFiltersBarComponent {
  readonly filters = input.required<RequirementFilters>();
  readonly filtersChange = output<RequirementFilters>();

  protected readonly departments = DEPARTMENTS;
  protected readonly departmentLabels = DEPARTMENT_LABELS;
  protected readonly priorities = PRIORITIES;
  protected readonly priorityLabels = PRIORITY_LABELS;
  protected readonly statuses = REQUIREMENT_STATUSES;
  protected readonly statusLabels = REQUIREMENT_STATUS_LABELS;

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

  protected clear(): void {
    this.lastSentSearch = null;
    this.searchText.set('');
    // Overtakes a search still waiting to be sent, which would otherwise come back after the clear.
    this.searches.next('');
    this.filtersChange.emit(NO_REQUIREMENT_FILTERS);
  }
}

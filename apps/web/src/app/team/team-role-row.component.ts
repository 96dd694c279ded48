import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTooltipModule } from '@angular/material/tooltip';

import { fieldErrorMessage, showServerErrors } from '../shared/forms/form-errors';
import { changeProblemOf } from '../shared/graphql/change-problems';
import { fieldErrorsOf } from '../shared/graphql/graphql-errors';
import { PersonAutocompleteComponent, PersonChoice } from '../shared/people/person-autocomplete.component';
import { confirmAction } from '../shared/ui/confirm-dialog.component';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { AllocationDialogComponent, AllocationDialogData } from './allocation-dialog.component';
import { Holder, RoleRow } from './team-matrix';
import { TeamStore } from './team.store';

const ALLOCATION_MESSAGES = {
  required: 'Enter a percentage from 1 to 100.',
  min: 'Allocation must be at least 1%.',
  max: 'Allocation must be at most 100%.',
};

/** One role of the project: who holds it, how much of their time, who is primary; and changing that. */
@Component({
  selector: 'crm-team-role-row',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatTooltipModule,
    ErrorBannerComponent,
    PersonAutocompleteComponent,
  ],
  host: {
    role: 'listitem',
    'data-testid': 'team-role-row',
    '[attr.data-role-key]': 'row().key',
    '[class.unfilled]': 'row().unfilled',
  },
  template: `
    <div class="role">
      <span class="name" tabindex="0" [matTooltip]="row().description" [attr.aria-describedby]="'role-desc-' + row().id">
        {{ row().name }}
      </span>
      @if (row().custom) {
        <span class="tag">Custom</span>
      }
      <span class="visually-hidden" [id]="'role-desc-' + row().id">{{ row().description }}</span>
      @if (row().unfilled) {
        <p class="warning" data-testid="role-unfilled">Nobody holds this role — its tasks are unowned.</p>
      } @else if (row().noPrimary) {
        <p class="warning" data-testid="role-no-primary">
          Nobody is primary — its tasks without their own assignee are unowned. Make someone primary.
        </p>
      }
    </div>

    <div class="holders" aria-label="Holders">
      @for (holder of row().holders; track holder.id) {
        <div
          class="chip"
          data-testid="holder-chip"
          [attr.data-person-id]="holder.person.id"
          [class.primary]="holder.primary"
          [class.busy]="store.busy().has(holder.id)"
        >
          @if (holder.primary) {
            <span class="star" aria-hidden="true" matTooltip="Primary holder: owns the role’s tasks">★</span>
            <span class="visually-hidden">Primary holder:</span>
          }
          <span class="person" [matTooltip]="holder.person.email">{{ holder.person.name }}</span>
          <span class="percent" data-testid="holder-allocation">{{ holder.allocationPercent }}%</span>
          @if (store.canEdit()) {
            @if (!holder.primary) {
              <button
                type="button"
                class="chip-action"
                data-testid="make-primary"
                [disabled]="store.busy().has(holder.id)"
                [attr.aria-label]="'Make ' + holder.person.name + ' the primary holder of ' + row().name"
                matTooltip="Make primary: they will own the role’s tasks"
                (click)="store.makePrimary(row(), holder)"
              >
                ☆
              </button>
            }
            <button
              type="button"
              class="chip-action"
              data-testid="change-allocation"
              [disabled]="store.busy().has(holder.id)"
              [attr.aria-label]="'Change ' + holder.person.name + '’s allocation to ' + row().name"
              matTooltip="Change allocation"
              (click)="changeAllocation(holder)"
            >
              %
            </button>
            <button
              type="button"
              class="chip-action"
              data-testid="remove-holder"
              [disabled]="store.busy().has(holder.id)"
              [attr.aria-label]="'Remove ' + holder.person.name + ' from ' + row().name"
              matTooltip="Remove from this role"
              (click)="remove(holder)"
            >
              ✕
            </button>
          }
        </div>
      } @empty {
        <span class="nobody">Nobody yet</span>
      }
    </div>

    <div class="actions">
      @if (store.canEdit() && !assigning()) {
        <button mat-stroked-button type="button" data-testid="assign-role" (click)="openAssign()">Assign</button>
      }
    </div>

    @if (assigning()) {
      <form class="assign" [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-label]="'Assign someone to ' + row().name">
        @if (banner(); as message) {
          <crm-error-banner class="wide" [message]="message" />
        }
        <crm-person-autocomplete
          class="who"
          label="Person"
          inputTestId="assign-person-input"
          [person]="person()"
          [error]="personError()"
          (personChange)="personChosen($event)"
        />
        <mat-form-field appearance="outline" class="pct">
          <mat-label>Allocation (%)</mat-label>
          <input matInput type="number" min="1" max="100" formControlName="allocationPercent" data-testid="assign-allocation" />
          @if (allocationError(); as message) {
            <mat-error data-testid="error-allocationPercent">{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-checkbox formControlName="primary" data-testid="assign-primary">Primary holder (owns the role’s tasks)</mat-checkbox>
        <div class="form-actions">
          <button mat-flat-button type="submit" data-testid="assign-submit" [disabled]="submitting()">
            {{ submitting() ? 'Assigning…' : 'Assign' }}
          </button>
          <button mat-button type="button" (click)="closeAssign()">Cancel</button>
        </div>
      </form>
    }
  `,
  styleUrl: './team-role-row.component.scss',
})
export class TeamRoleRowComponent {
  protected readonly store = inject(TeamStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly row = input.required<RoleRow>();

  protected readonly assigning = signal(false);
  protected readonly person = signal<PersonChoice | null>(null);
  protected readonly personError = signal<string | null>(null);
  protected readonly submitting = signal(false);
  protected readonly banner = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    allocationPercent: [100, [Validators.required, Validators.min(1), Validators.max(100)]],
    primary: [false],
  });

  protected allocationError(): string | null {
    return fieldErrorMessage(this.form.controls.allocationPercent, ALLOCATION_MESSAGES);
  }

  protected openAssign(): void {
    // A role without a primary holder most likely needs one: the first person given it becomes it.
    this.form.reset({ allocationPercent: 100, primary: !this.row().holders.some((holder) => holder.primary) });
    this.person.set(null);
    this.personError.set(null);
    this.banner.set(null);
    this.assigning.set(true);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLInputElement>('[data-testid="assign-person-input"]')?.focus(), {
      injector: this.injector,
    });
  }

  protected closeAssign(): void {
    this.assigning.set(false);
  }

  protected personChosen(person: PersonChoice | null): void {
    this.person.set(person);
    this.personError.set(null);
  }

  protected submit(): void {
    this.banner.set(null);
    const person = this.person();
    if (!person) this.personError.set('Choose someone from the list. Add them to the directory first if they are not in it.');
    if (!person || this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { allocationPercent, primary } = this.form.getRawValue();
    this.submitting.set(true);
    this.store.assign(this.row(), person, allocationPercent, primary).subscribe({
      next: () => {
        this.submitting.set(false);
        this.assigning.set(false);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const problem = changeProblemOf(error, 'this team');
        if (problem.kind !== 'invalid-input') {
          this.banner.set(problem.message);
          return;
        }
        this.personError.set(fieldErrorsOf(error).find((f) => f.field === 'personId')?.message ?? null);
        const banner = showServerErrors(this.form, error);
        this.banner.set(banner === this.personError() ? null : banner);
      },
    });
  }

  protected changeAllocation(holder: Holder): void {
    this.dialog.open<AllocationDialogComponent, AllocationDialogData, boolean>(AllocationDialogComponent, {
      data: { row: this.row(), holder },
      injector: this.injector,
      width: '420px',
      maxWidth: '95vw',
    });
  }

  protected remove(holder: Holder): void {
    const row = this.row();
    const consequence = holder.primary
      ? ' They are its primary holder: its tasks without their own assignee will have no owner until you make someone else primary.'
      : '';
    confirmAction(
      this.dialog,
      {
        title: `Remove ${holder.person.name} from ${row.name}?`,
        message: `${holder.person.name} will no longer hold ${row.name} in this project.${consequence}`,
        confirmLabel: 'Remove from role',
      },
      { injector: this.injector },
    ).subscribe((confirmed) => {
      if (confirmed) this.store.unassign(row, holder);
    });
  }
}

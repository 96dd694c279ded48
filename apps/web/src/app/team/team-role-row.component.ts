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
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { ALLOCATION_MESSAGES, CHOOSE_PERSON, THIS_TEAM } from './allocation-messages';
import { AllocationDialogComponent, AllocationDialogData } from './allocation-dialog.component';
import { Holder, RoleRow } from './team-matrix';
import { TeamStore } from './team.store';
import { PctPipe } from '../shared/format/format.pipes';

/** One role of the project: who holds it, how much of their time, who is primary; and changing that. */
@Component({
  selector: 'crm-team-role-row',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    PctPipe,
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
  templateUrl: './team-role-row.component.html',
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

  protected makePrimaryLabel(holder: Holder): string {
    return $localize`:@@team.row.makePrimaryLabel:Make ${holder.person.name}:person: the primary holder of ${this.row().name}:role:`;
  }

  protected changeAllocationLabel(holder: Holder): string {
    return $localize`:@@team.row.changeAllocationLabel:Change ${holder.person.name}:person:’s allocation to ${this.row().name}:role:`;
  }

  protected removeHolderLabel(holder: Holder): string {
    return $localize`:@@team.row.removeHolderLabel:Remove ${holder.person.name}:person: from ${this.row().name}:role:`;
  }

  protected removeRoleLabel(): string {
    return $localize`:@@team.row.removeRoleLabel:Remove the role ${this.row().name}:role:`;
  }

  protected assignFormLabel(): string {
    return $localize`:@@team.row.assignFormLabel:Assign someone to ${this.row().name}:role:`;
  }

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
    if (!person) this.personError.set(CHOOSE_PERSON);
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
        const problem = changeProblemOf(error, THIS_TEAM);
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
    this.store.unassign(this.row(), holder);
  }
}

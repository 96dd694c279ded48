import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, model } from '@angular/core';
import { MatRadioModule } from '@angular/material/radio';

import { PersonAutocompleteComponent, PersonChoice } from '../shared/people/person-autocomplete.component';
import type { BoardContext } from './board.store';

/**
 * Who owns the task: whoever is the primary holder of its role (the default, which follows the role
 * when it changes hands), or one named person. `assignee` is that person, or null to follow the role.
 */
@Component({
  selector: 'crm-task-owner-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatRadioModule, PersonAutocompleteComponent],
  template: `
    <fieldset [disabled]="disabled()">
      <legend i18n="@@tasks.owner.legend">Who owns this task</legend>
      <mat-radio-group
        [value]="mode()"
        [disabled]="disabled()"
        (change)="modeChanged($event.value)"
        aria-label="Who owns this task"
        i18n-aria-label="@@tasks.owner.legend"
        data-testid="task-owner-mode"
      >
        <mat-radio-button value="role" data-testid="follow-role" i18n="@@tasks.owner.followRole">Follow the role</mat-radio-button>
        <mat-radio-button value="person" data-testid="assign-someone" i18n="@@tasks.owner.assignSomeone">Assign someone specific</mat-radio-button>
      </mat-radio-group>

      @if (mode() === 'role') {
        <p class="explain" data-testid="role-owner-explanation">{{ roleOwnerText() }}</p>
      } @else {
        <crm-person-autocomplete
          label="Assignee"
          i18n-label="@@tasks.owner.assignee"
          inputTestId="task-assignee"
          hint="This person owns the task even if the role changes hands."
          i18n-hint="@@tasks.owner.assigneeHint"
          [person]="assignee()"
          [error]="error()"
          [disabled]="disabled()"
          [suggestions]="teamPeople()"
          (personChange)="assignee.set($event)"
        />
      }
    </fieldset>
  `,
  styles: `
    fieldset {
      margin: 0 0 8px;
      padding: 0;
      border: 0;
    }
    legend {
      margin-bottom: 4px;
      font: var(--mat-sys-title-small);
    }
    mat-radio-group {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      margin-bottom: 8px;
    }
    .explain {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class TaskOwnerFieldComponent {
  readonly context = input.required<BoardContext>();
  readonly roleKey = input<string>('');
  readonly assignee = model<PersonChoice | null>(null);
  readonly error = input<string | null>(null);
  readonly disabled = input(false);

  /**
   * "person" while an assignee is chosen, and also while the field is being cleared to type another
   * name: only choosing "Follow the role" goes back to the role.
   */
  protected readonly mode = linkedSignal<PersonChoice | null, 'role' | 'person'>({
    source: this.assignee,
    computation: (assignee, previous) => (assignee ? 'person' : (previous?.value ?? 'role')),
  });

  protected readonly roleOwnerText = computed(() => {
    const role = this.context().roles.find((r) => r.key === this.roleKey());
    if (!role) return $localize`:@@tasks.owner.noRoleYet:The primary holder of the task’s role will own it.`;
    return role.primaryHolder
      ? $localize`:@@tasks.owner.followsHolder:${role.primaryHolder.name}:person: owns it as the primary holder of ${role.name}:role:, and whoever takes over the role will.`
      : $localize`:@@tasks.owner.roleVacant:Nobody holds ${role.name}:role: yet, so the task will be unowned until someone is given the role.`;
  });

  protected readonly teamPeople = computed<PersonChoice[]>(() => {
    const people = new Map<string, PersonChoice>();
    for (const role of this.context().roles) for (const holder of role.holders) people.set(holder.person.id, holder.person);
    return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
  });

  protected modeChanged(mode: 'role' | 'person'): void {
    this.mode.set(mode);
    if (mode === 'role') this.assignee.set(null);
  }
}

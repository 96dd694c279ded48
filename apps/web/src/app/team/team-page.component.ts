import { ChangeDetectionStrategy, Component, inject, Injector, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';

import { followProject } from '../shared/data/area-store';
import { reloadOnRemovals } from '../shared/data/reload-on-removals';
import { pointOutLinkedElement } from '../shared/navigation/linked-record';
import { DirectoryPerson } from '../shared/people/people-directory';
import { openPersonDialog } from '../shared/people/person-dialog.component';
import { AREA_PAGE } from '../shared/ui/area-page.component';
import { RoleDialogComponent } from './role-dialog.component';
import { TeamRoleRowComponent } from './team-role-row.component';
import { TeamWaveMatrixComponent } from './team-wave-matrix.component';
import { WaveAssignDialogComponent, WaveAssignDialogData } from './wave-assign-dialog.component';
import { WaveCell } from './wave-matrix';
import { NewRole, TeamStore } from './team.store';

/**
 * Who holds which role in the project. The primary holder of a role owns its tasks, so this page is
 * where work changes hands; it also warns about roles nobody holds and people booked past 100%.
 */
@Component({
  selector: 'crm-team-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [TeamStore],
  imports: [MatButtonModule, MatButtonToggleModule, AREA_PAGE, TeamRoleRowComponent, TeamWaveMatrixComponent],
  templateUrl: './team-page.component.html',
  styleUrl: './team-page.component.scss',
})
export class TeamPageComponent {
  protected readonly store = inject(TeamStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);

  readonly projectId = input.required<string>();
  /** ?person=<id> points that person out in the team's list of people (links from the search box lead here). */
  readonly person = input<string>();

  /** Roles with their holders, or the roles across the program and its rollout waves. */
  protected readonly view = signal<'roles' | 'waves'>('roles');

  constructor() {
    followProject(this.store, this.projectId);
    reloadOnRemovals(['Role', 'RoleAssignment', 'Person'], () => this.store.reload());
    pointOutLinkedElement({
      param: 'person',
      id: this.person,
      ready: () => this.store.data() !== null,
      // The person's own row in the team's list of people, where they can also be edited.
      selector: (id) => `[data-testid="team-person"][data-person-id="${CSS.escape(id)}"]`,
      missing: $localize`:@@team.page.personMissing:That person is not on this program’s team yet.`,
    });
  }

  protected addPerson(): void {
    openPersonDialog(this.dialog, null, { injector: this.injector }).subscribe((person) => {
      if (person && person !== 'reload') {
        this.snackBar.open($localize`:@@team.page.personAdded:${person.name}:person: is in the people directory. Use Assign on a role to give them work.`, $localize`:@@team.page.ok:OK`, {
          duration: 6000,
        });
      }
    });
  }

  protected editPersonLabel(name: string): string {
    return $localize`:@@team.page.editPersonLabel:Edit ${name}:person:’s details`;
  }

  protected removePersonLabel(name: string): string {
    return $localize`:@@team.page.removePersonLabel:Remove ${name}:person: from the people directory`;
  }

  /** Corrects someone's directory entry; the team loads again to show it (or because it changed meanwhile). */
  protected editPerson(person: DirectoryPerson): void {
    openPersonDialog(this.dialog, person, { injector: this.injector }).subscribe((result) => {
      if (result === 'reload') this.store.reload();
      else if (result) this.store.personEdited(result);
    });
  }

  /** Opens the assign dialog on a cell of the wave matrix: that role, in that wave (or the whole program). */
  protected assignInCell(cell: WaveCell): void {
    const matrix = this.store.waveMatrix();
    if (!matrix) return;
    const row = matrix.rows.find((r) => r.roleId === cell.roleId);
    const hasPrimary = Object.fromEntries((row?.cells ?? []).map((c) => [c.wave.id ?? '', c.holderName !== null]));
    this.dialog.open<WaveAssignDialogComponent, WaveAssignDialogData, boolean>(WaveAssignDialogComponent, {
      data: { role: { key: cell.roleKey, name: cell.roleName }, wave: cell.wave, columns: matrix.columns, hasPrimary, holders: cell.holders },
      injector: this.injector,
      width: '520px',
      maxWidth: '95vw',
    });
  }

  protected addRole(): void {
    // The store announces the new role and refreshes the matrix itself.
    this.dialog.open<RoleDialogComponent, void, NewRole>(RoleDialogComponent, { injector: this.injector, width: '560px', maxWidth: '95vw' });
  }
}

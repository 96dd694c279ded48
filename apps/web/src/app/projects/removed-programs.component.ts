import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { RemovedProjectsGQL, RemovedProjectsQuery, RestoreProjectGQL } from '@crm/graphql-client';

import { userMessageOf } from '../shared/graphql/graphql-errors';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { DateTimePipe } from '../shared/format/format.pipes';

type RemovedProgram = RemovedProjectsQuery['removedProjects'][number];

const RESTORE_DAYS = 30;

/** "Recently removed" under the program list: what an owner removed and can still restore. Shown only when there is some. */
@Component({
  selector: 'crm-removed-programs',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateTimePipe, MatButtonModule, ErrorBannerComponent],
  template: `
    @if (programs().length) {
      <section aria-labelledby="removed-heading" data-testid="removed-programs">
        <h2 id="removed-heading" i18n="@@projects.removed.title">Recently removed</h2>
        <p class="hint" i18n="@@projects.removed.hint">Programs you own that were removed. Restore one to bring it back for every member, as it was.</p>
        @if (problem(); as message) {
          <crm-error-banner [message]="message" />
        }
        <ul>
          @for (program of programs(); track program.id) {
            <li data-testid="removed-program">
              <span class="what">
                <strong>{{ program.name }}</strong> · {{ program.crmProduct }}
                <span class="when" i18n="@@projects.removed.when">Removed {{ program.removedAt | dateTime: 'day' }}, restorable until {{ until(program) | dateTime: 'day' }}</span>
              </span>
              <button mat-stroked-button type="button" data-testid="restore-program" [disabled]="busy() === program.id" (click)="restore(program)" i18n="@@projects.removed.restore">
                Restore
              </button>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    :host { display: block; margin-top: 32px; }
    h2 { font-size: 1.1rem; margin: 0 0 4px; }
    .hint { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
    li { display: flex; gap: 12px; align-items: center; justify-content: space-between; flex-wrap: wrap;
         padding: 8px 12px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; }
    .when { display: block; font-size: 0.875rem; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class RemovedProgramsComponent {
  private readonly removedGQL = inject(RemovedProjectsGQL);
  private readonly restoreGQL = inject(RestoreProjectGQL);

  /** A program came back; the list above should show it again. */
  readonly restored = output<string>();

  protected readonly programs = signal<readonly RemovedProgram[]>([]);
  protected readonly busy = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);

  constructor() {
    this.load();
  }

  load(): void {
    this.removedGQL.fetch({ fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => this.programs.set(data?.removedProjects ?? []),
      // The list is a convenience beside the programs in use; if it cannot load, say nothing.
      error: () => this.programs.set([]),
    });
  }

  protected until(program: RemovedProgram): Date {
    return new Date(new Date(program.removedAt as string).getTime() + RESTORE_DAYS * 24 * 60 * 60 * 1000);
  }

  protected restore(program: RemovedProgram): void {
    this.busy.set(program.id);
    this.problem.set(null);
    this.restoreGQL.mutate({ variables: { input: { id: program.id } } }).subscribe({
      next: () => {
        this.busy.set(null);
        this.programs.update((list) => list.filter((p) => p.id !== program.id));
        this.restored.emit(program.id);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.problem.set($localize`:@@projects.removed.restoreFailed:Could not restore “${program.name}:program:”: ${userMessageOf(error)}:reason:`);
        this.load();
      },
    });
  }
}

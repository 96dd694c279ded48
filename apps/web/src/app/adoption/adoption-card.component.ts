import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';

import { WaveAdoptionGQL, WaveAdoptionQuery } from '@crm/graphql-client';

import { formatDay } from '../shared/dates/calendar-days';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { MessageTextPipe } from '../shared/i18n/message-text.pipe';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { ratioText } from './adoption-text';
import { UsageImportDialogComponent, UsageImportDialogData, UsageImportResult } from './usage-import-dialog.component';

export type WaveAdoption = WaveAdoptionQuery['adoption'];

type Loaded = { status: 'loading' } | { status: 'error'; message: string } | { status: 'loaded'; adoption: WaveAdoption };

/**
 * A wave's adoption from the CRM's usage data: active users over the last 7 and 30 days against
 * the licensed ones, per business unit, and who has not used it since go-live (with why). Editors
 * import a usage export here; an import can put people on the wave's re-training list, so the
 * card tells its parent (`imported`) to load the list again.
 */
@Component({
  selector: 'crm-adoption-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressSpinnerModule, ErrorBannerComponent, MessageTextPipe],
  host: { 'data-testid': 'adoption-card', role: 'region', '[attr.aria-label]': 'regionLabel' },
  templateUrl: './adoption-card.component.html',
  styleUrl: './adoption-card.component.scss',
})
export class AdoptionCardComponent {
  private readonly adoptionGQL = inject(WaveAdoptionGQL);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  readonly waveId = input.required<string>();
  readonly projectId = input.required<string>();
  readonly canEdit = input(false);
  readonly imported = output<UsageImportResult>();

  protected readonly regionLabel = $localize`:@@adoption.card.regionLabel:Adoption`;
  protected readonly state = signal<Loaded>({ status: 'loading' });
  protected readonly adoption = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.adoption : null;
  });
  protected readonly errorMessage = computed(() => {
    const state = this.state();
    return state.status === 'error' ? $localize`:@@adoption.card.loadFailed:We could not load this wave’s adoption. ${state.message}:reason:` : '';
  });
  protected readonly ratio = ratioText;
  protected readonly day = formatDay;

  constructor() {
    effect(() => this.load(this.waveId()));
  }

  protected load(waveId: string): void {
    this.state.set({ status: 'loading' });
    this.adoptionGQL.fetch({ variables: { waveId }, fetchPolicy: 'network-only' }).subscribe({
      next: (response) => this.state.set(response.data ? { status: 'loaded', adoption: response.data.adoption } : { status: 'error', message: $localize`:@@adoption.card.noAnswer:No answer came back.` }),
      error: (error: unknown) => this.state.set({ status: 'error', message: userMessageOf(error) }),
    });
  }

  protected openImport(): void {
    this.dialog
      .open<UsageImportDialogComponent, UsageImportDialogData, UsageImportResult | undefined>(UsageImportDialogComponent, {
        data: { projectId: this.projectId() },
        injector: this.injector,
        width: '640px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        this.load(this.waveId());
        this.imported.emit(result);
      });
  }

  protected unitName(unit: string | null): string {
    return unit ?? $localize`:@@adoption.card.noUnit:No business unit`;
  }
}

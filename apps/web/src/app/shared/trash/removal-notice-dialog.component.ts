import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';

export interface RemovalNoticeData {
  title: string;
  message: string;
}

/** Says why a record cannot be removed (or restored) and what to change; it only has a Close button. */
@Component({
  selector: 'crm-removal-notice-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p data-testid="removal-notice-message">{{ data.message }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close data-testid="removal-notice-close" i18n="@@shared.removalNotice.close">Close</button>
    </mat-dialog-actions>
  `,
})
export class RemovalNoticeDialogComponent {
  protected readonly data = inject<RemovalNoticeData>(MAT_DIALOG_DATA);
}

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogConfig, MatDialogModule } from '@angular/material/dialog';

import { map, Observable } from 'rxjs';

export interface ConfirmDialogData {
  title: string;
  message: string;
  /** The button that goes ahead, named for what it does, e.g. "Delete task". */
  confirmLabel: string;
  cancelLabel?: string;
}

/** Asks before something that cannot be undone. Closes with true when the user goes ahead. */
@Component({
  selector: 'crm-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.message }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" data-testid="confirm-cancel">
        {{ data.cancelLabel ?? cancelLabel }}
      </button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" data-testid="confirm-ok">{{ data.confirmLabel }}</button>
    </mat-dialog-actions>
  `,
})
export class ConfirmDialogComponent {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
  protected readonly cancelLabel = $localize`:@@shared.confirm.cancel:Cancel`;
}

/** Opens the confirmation and answers whether the user went ahead (closing it any other way is a no). */
export function confirmAction(dialog: MatDialog, data: ConfirmDialogData, config: MatDialogConfig = {}): Observable<boolean> {
  return dialog
    .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, { ...config, data, role: 'alertdialog' })
    .afterClosed()
    .pipe(map((answer) => answer === true));
}

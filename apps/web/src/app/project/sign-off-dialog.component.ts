import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { OverviewCriterionFragment, ProjectSignOffGQL } from '@crm/graphql-client';

import { EditSubmission } from '../shared/forms/edit-submission';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { MessageTextPipe } from '../shared/i18n/message-text.pipe';

/** Sign-off comments are short statements of what was checked (the API's limit). */
export const SIGN_OFF_COMMENT_MAX = 2000;

export interface SignOffDialogData {
  phaseName: string;
  criterion: OverviewCriterionFragment;
}

/**
 * The holder of a criterion's signing role signs it off: the facts it is signed on are shown, and
 * a comment says what was checked. Closes with true once signed; a refusal (not the holder, facts
 * changed meanwhile) is shown in the dialog.
 */
@Component({
  selector: 'crm-sign-off-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MessageTextPipe, SubmissionBannerComponent],
  template: `
    <h2 mat-dialog-title i18n="@@project.signOffForm.title">Sign off</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="lead" i18n="@@project.signOffForm.lead">
          You sign, as {{ data.criterion.signOffRole?.name ?? roleAskedFor }}, that “{{ data.criterion.label }}” holds for “{{ data.phaseName }}”.
        </p>
        <crm-submission-banner [submission]="submission" testId="sign-off-problem" reloadable (reload)="dialogRef.close(true)" />
        <h3 i18n="@@project.signOffForm.facts">The facts you sign on</h3>
        <ul class="facts" data-testid="sign-off-facts">
          @for (fact of data.criterion.evidence; track $index) {
            <li><span class="symbol" aria-hidden="true">{{ fact.ok ? '✓' : '✗' }}</span>{{ fact | messageText }}</li>
          }
        </ul>
        <p class="hint" i18n="@@project.signOffForm.lapseHint">If these facts change later, your sign-off lapses and you are asked to sign again.</p>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n="@@project.signOffForm.comment">What did you check?</mat-label>
          <textarea matInput formControlName="comment" rows="3" data-testid="sign-off-comment" cdkFocusInitial [maxlength]="commentMax"></textarea>
          <mat-hint align="end">{{ form.controls.comment.value.length }} / {{ commentMax }}</mat-hint>
          @if (commentError(); as message) {
            <mat-error data-testid="error-comment">{{ message }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@project.signOffForm.cancel">Cancel</button>
        <button mat-flat-button type="submit" data-testid="sign-off-submit" [disabled]="submission.submitting()">
          @if (submission.submitting()) {
            <ng-container i18n="@@project.signOffForm.signing">Signing…</ng-container>
          } @else {
            <ng-container i18n="@@project.signOffForm.submit">Sign off</ng-container>
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .lead {
      margin: 0 0 12px;
    }
    h3 {
      margin: 12px 0 4px;
      font: var(--mat-sys-title-small);
    }
    .facts {
      margin: 0;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-medium);
    }
    .facts li {
      display: flex;
      gap: 6px;
      align-items: flex-start;
    }
    .facts .symbol {
      flex: none;
      color: var(--mat-sys-primary);
    }
    .hint {
      margin: 8px 0 16px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class SignOffDialogComponent {
  protected readonly data = inject<SignOffDialogData>(MAT_DIALOG_DATA);
  protected readonly dialogRef = inject<MatDialogRef<SignOffDialogComponent, boolean>>(MatDialogRef);
  private readonly signOffGQL = inject(ProjectSignOffGQL);
  protected readonly commentMax = SIGN_OFF_COMMENT_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    comment: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(SIGN_OFF_COMMENT_MAX)]],
  });
  protected readonly submission = new EditSubmission(this.form, $localize`:@@project.signOffForm.thing:this criterion`);
  protected readonly roleAskedFor = $localize`:@@project.signOff.roleAskedFor:the role asked for`;

  protected commentError(): string | null {
    const message = $localize`:@@project.signOffForm.commentRequired:Say in a few words what you checked before signing.`;
    return fieldErrorMessage(this.form.controls.comment, { required: message, pattern: message, maxlength: $localize`:@@project.signOffForm.commentTooLong:Keep the comment to ${SIGN_OFF_COMMENT_MAX}:max: characters.` });
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const comment = this.form.getRawValue().comment.trim();
    this.submission.send(this.signOffGQL.mutate({ variables: { input: { criterionId: this.data.criterion.id, comment } } }), () => this.dialogRef.close(true));
  }
}

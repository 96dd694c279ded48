import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';

import { EditSubmission } from '../shared/forms/edit-submission';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { ProjectsStore } from './projects.store';

type ProjectField = 'name' | 'crmProduct' | 'startDate' | 'targetGoLiveDate';

/** What to say when a field is left empty; everything else is the API's to judge. */
const REQUIRED_MESSAGES: Record<ProjectField, string> = {
  name: 'Give the project a name.',
  crmProduct: 'Say which CRM product you are implementing.',
  startDate: 'Enter the start date.',
  targetGoLiveDate: 'Enter the target go-live date.',
};

@Component({
  selector: 'crm-new-project-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    SubmissionBannerComponent,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    ],
  templateUrl: './new-project-page.component.html',
  styleUrl: './new-project-page.component.scss',
})
export class NewProjectPageComponent {
  private readonly store = inject(ProjectsStore);
  private readonly router = inject(Router);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    crmProduct: ['', Validators.required],
    startDate: ['', Validators.required],
    targetGoLiveDate: ['', Validators.required],
  });
  protected readonly submission = new EditSubmission(this.form, 'this project');

  protected errorFor(field: ProjectField): string | null {
    return fieldErrorMessage(this.form.controls[field], { required: REQUIRED_MESSAGES[field] });
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const { name, crmProduct, startDate, targetGoLiveDate } = this.form.getRawValue();
    this.submission.send(this.store.create({ name: name.trim(), crmProduct: crmProduct.trim(), startDate, targetGoLiveDate }), () => void this.router.navigateByUrl('/projects'));
  }
}

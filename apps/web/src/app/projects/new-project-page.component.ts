import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';

import { DateFieldComponent } from '../shared/forms/date-field.component';
import { EditSubmission } from '../shared/forms/edit-submission';
import { SubmissionBannerComponent } from '../shared/forms/submission-banner.component';
import { fieldErrorMessage } from '../shared/forms/form-errors';
import { ProjectTemplate } from '@crm/graphql-client';

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
    DateFieldComponent,
    SubmissionBannerComponent,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
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
    template: ['STANDARD' as ProjectTemplate],
  });

  /** What each starting point gives a new program, in the words of the choice. */
  protected readonly templates: readonly { value: ProjectTemplate; label: string; hint: string }[] = [
    { value: 'STANDARD', label: 'Standard CRM plan', hint: 'Phases, milestones, tasks, risks and KPIs of a typical rollout, dated between your start and go-live.' },
    { value: 'EMPTY', label: 'Empty', hint: 'No phases, milestones or tasks: you build the plan yourself. The standard roles are there to staff.' },
  ];
  protected readonly submission = new EditSubmission(this.form, 'this project');

  protected errorFor(field: ProjectField): string | null {
    return fieldErrorMessage(this.form.controls[field], { required: REQUIRED_MESSAGES[field] });
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const { name, crmProduct, startDate, targetGoLiveDate, template } = this.form.getRawValue();
    this.submission.send(this.store.create({ name: name.trim(), crmProduct: crmProduct.trim(), startDate, targetGoLiveDate, template }), () => void this.router.navigateByUrl('/projects'));
  }
}

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
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
import { ProgramTemplatesGQL } from '@crm/graphql-client';
import { catchError, map, of } from 'rxjs';

import { ProjectsStore } from './projects.store';

type ProjectField = 'name' | 'crmProduct' | 'startDate' | 'targetGoLiveDate';

/** What to say when a field is left empty; everything else is the API's to judge. */
const REQUIRED_MESSAGES: Record<ProjectField, string> = {
  name: $localize`:@@projects.new.nameRequired:Give the program a name.`,
  crmProduct: $localize`:@@projects.new.crmProductRequired:Say which CRM product you are implementing.`,
  startDate: $localize`:@@projects.new.startDateRequired:Enter the start date.`,
  targetGoLiveDate: $localize`:@@projects.new.targetGoLiveDateRequired:Enter the target go-live date.`,
};

const STANDARD_ID = 'builtin:standard';
const STANDARD_CHOICE = {
  value: STANDARD_ID,
  label: $localize`:@@projects.new.standardLabel:Standard CRM rollout`,
  hint: $localize`:@@projects.new.standardHint:Phases, milestones, tasks, risks and KPIs of a typical rollout, dated between your start and go-live.`,
  imported: false,
};
const EMPTY_CHOICE = {
  value: 'EMPTY',
  label: $localize`:@@projects.new.emptyLabel:Empty`,
  hint: $localize`:@@projects.new.emptyHint:No phases, milestones or tasks: you build the plan yourself. The standard roles are there to staff.`,
  imported: false,
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
    /** A template id from the list, or EMPTY. */
    template: [STANDARD_ID],
  });

  /** The templates from the API; until they arrive (or if they cannot be read) the standard plan alone. */
  private readonly listed = toSignal(
    inject(ProgramTemplatesGQL)
      .fetch()
      .pipe(
        map((result) => ({ loading: false, failed: false, templates: result.data?.templates ?? [] })),
        catchError(() => of({ loading: false, failed: true, templates: [] })),
      ),
    { initialValue: { loading: true, failed: false, templates: [] } },
  );
  protected readonly loadingTemplates = computed(() => this.listed().loading);
  protected readonly templatesFailed = computed(() => this.listed().failed);

  /** What each starting point gives a new program, in the words of the choice; Empty always last. */
  protected readonly templates = computed<readonly { value: string; label: string; hint: string; imported: boolean }[]>(() => {
    const listed = this.listed().templates;
    const choices = listed.length > 0 ? listed.map((t) => ({ value: t.id, label: t.name, hint: t.description ?? '', imported: !t.builtIn })) : [STANDARD_CHOICE];
    return [...choices, EMPTY_CHOICE];
  });
  protected readonly submission = new EditSubmission(this.form, $localize`:@@projects.new.thisProject:this program`);

  protected errorFor(field: ProjectField): string | null {
    return fieldErrorMessage(this.form.controls[field], { required: REQUIRED_MESSAGES[field] });
  }

  protected submit(): void {
    if (!this.submission.ready()) return;
    const { name, crmProduct, startDate, targetGoLiveDate, template } = this.form.getRawValue();
    const start = template === 'EMPTY' ? { template: 'EMPTY' as const } : { template: 'STANDARD' as const, templateId: template };
    this.submission.send(this.store.create({ name: name.trim(), crmProduct: crmProduct.trim(), startDate, targetGoLiveDate, ...start }), () => void this.router.navigateByUrl('/projects'));
  }
}

import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';

import { fieldErrorMessage, focusFirstInvalidField, showServerErrors } from '../shared/forms/form-errors';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
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
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorBannerComponent,
  ],
  template: `
    <main class="page">
      <mat-card appearance="outlined" class="card">
        <h1>New project</h1>
        <p class="lead">One project tracks one CRM rollout, from the first day of work to go-live.</p>

        @if (banner(); as message) {
          <crm-error-banner [message]="message" />
        }

        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <mat-form-field appearance="outline">
            <mat-label>Project name</mat-label>
            <input matInput formControlName="name" data-testid="project-name" />
            <mat-hint>For example: EMEA sales rollout</mat-hint>
            @if (errorFor('name'); as message) {
              <mat-error data-testid="error-name">{{ message }}</mat-error>
            }
          </mat-form-field>

          <mat-form-field appearance="outline">
            <mat-label>CRM product</mat-label>
            <input matInput formControlName="crmProduct" data-testid="project-crm" />
            <mat-hint>For example: Salesforce Sales Cloud, Dynamics 365 or HubSpot</mat-hint>
            @if (errorFor('crmProduct'); as message) {
              <mat-error data-testid="error-crmProduct">{{ message }}</mat-error>
            }
          </mat-form-field>

          <div class="dates">
            <mat-form-field appearance="outline">
              <mat-label>Start date</mat-label>
              <input matInput type="date" formControlName="startDate" data-testid="project-start" />
              @if (errorFor('startDate'); as message) {
                <mat-error data-testid="error-startDate">{{ message }}</mat-error>
              }
            </mat-form-field>

            <mat-form-field appearance="outline">
              <mat-label>Target go-live date</mat-label>
              <input matInput type="date" formControlName="targetGoLiveDate" data-testid="project-golive" />
              @if (errorFor('targetGoLiveDate'); as message) {
                <mat-error data-testid="error-targetGoLiveDate">{{ message }}</mat-error>
              }
            </mat-form-field>
          </div>

          <div class="actions">
            <button mat-flat-button type="submit" data-testid="project-submit" [disabled]="submitting()">
              {{ submitting() ? 'Creating project…' : 'Create project' }}
            </button>
            <a mat-button routerLink="/projects">Cancel</a>
          </div>
        </form>
      </mat-card>
    </main>
  `,
  styles: `
    .page {
      max-width: 720px;
      margin: 0 auto;
      padding: 24px 16px 48px;
    }
    .card {
      padding: 24px;
    }
    h1 {
      margin: 0 0 8px;
      font: var(--mat-sys-headline-small);
    }
    .lead {
      margin: 0 0 24px;
      color: var(--mat-sys-on-surface-variant);
    }
    crm-error-banner {
      margin-bottom: 16px;
    }
    form {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .dates {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: 16px;
    }
    .actions {
      display: flex;
      gap: 8px;
    }
  `,
})
export class NewProjectPageComponent {
  private readonly store = inject(ProjectsStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    crmProduct: ['', Validators.required],
    startDate: ['', Validators.required],
    targetGoLiveDate: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly banner = signal<string | null>(null);

  protected errorFor(field: ProjectField): string | null {
    return fieldErrorMessage(this.form.controls[field], { required: REQUIRED_MESSAGES[field] });
  }

  protected submit(): void {
    this.banner.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    const { name, crmProduct, startDate, targetGoLiveDate } = this.form.getRawValue();
    this.submitting.set(true);
    this.store.create({ name: name.trim(), crmProduct: crmProduct.trim(), startDate, targetGoLiveDate }).subscribe({
      next: () => void this.router.navigateByUrl('/projects'),
      error: (error: unknown) => {
        this.banner.set(showServerErrors(this.form, error));
        this.submitting.set(false);
        afterNextRender(() => focusFirstInvalidField(this.host.nativeElement), { injector: this.injector });
      },
    });
  }
}

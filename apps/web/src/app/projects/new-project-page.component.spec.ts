import { Component, provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { beforeEach, describe, expect, it } from 'vitest';

import { NewProjectPageComponent } from './new-project-page.component';
import { ProjectsStore } from './projects.store';

@Component({ template: 'Project list' })
class ProjectListStubComponent {}

describe('NewProjectPageComponent', () => {
  let fixture: ComponentFixture<NewProjectPageComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideZonelessChangeDetection(), provideRouter([{ path: 'projects', component: ProjectListStubComponent }]), ProjectsStore],
    });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(NewProjectPageComponent);
    await fixture.whenStable();
  });

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function byTestId(id: string): HTMLElement | null {
    return page().querySelector(`[data-testid="${id}"]`);
  }

  function type(id: string, value: string): void {
    const input = byTestId(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  /** Apollo hands results over in later macrotasks that the fixture does not track. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    (byTestId('project-submit') as HTMLButtonElement).click();
    await fixture.whenStable();
  }

  async function fillValidProject(): Promise<void> {
    type('project-name', 'EMEA sales rollout');
    type('project-crm', 'Salesforce Sales Cloud');
    type('project-start', '2026-03-01');
    type('project-golive', '2026-02-01');
    await fixture.whenStable();
  }

  it('asks for every empty field and sends nothing', async () => {
    await submit();

    expect(byTestId('error-name')?.textContent).toContain('Give the program a name.');
    expect(byTestId('error-crmProduct')?.textContent).toContain('Say which CRM product');
    expect(byTestId('error-startDate')?.textContent).toContain('Enter the start date.');
    expect(byTestId('error-targetGoLiveDate')?.textContent).toContain('Enter the target go-live date.');
    apollo.expectNone('CreateProject');
  });

  it('shows the API field error next to the go-live date', async () => {
    await fillValidProject();
    await submit();

    const operation = apollo.expectOne('CreateProject');
    expect(operation.operation.variables).toEqual({
      input: {
        name: 'EMEA sales rollout',
        crmProduct: 'Salesforce Sales Cloud',
        startDate: '2026-03-01',
        targetGoLiveDate: '2026-02-01',
        template: 'STANDARD',
        templateId: 'builtin:standard',
      },
    });
    operation.graphqlErrors([
      {
        message: 'targetGoLiveDate: Target go-live must come after the start date.',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'targetGoLiveDate', message: 'Target go-live must come after the start date.' }],
        },
      },
    ]);
    await settle();

    expect(byTestId('error-targetGoLiveDate')?.textContent?.trim()).toBe('Target go-live must come after the start date.');
    expect(byTestId('error-startDate')).toBeNull();
    expect(byTestId('error-banner')).toBeNull();
  });

  it('starts from the standard plan unless the user chooses an empty program', async () => {
    expect(byTestId('template-builtin:standard')?.querySelector('input')?.checked).toBe(true);
    expect(byTestId('templates-loading')?.textContent).toContain('Loading');
    await fillValidProject();
    (byTestId('template-EMPTY')?.querySelector('input') as HTMLInputElement).click();
    await submit();

    const input = apollo.expectOne('CreateProject').operation.variables['input'];
    expect(input).toEqual(expect.objectContaining({ template: 'EMPTY' }));
    expect(input.templateId).toBeUndefined();
  });

  it('offers the CRM variants and imported templates from the API and sends the one chosen', async () => {
    apollo.expectOne('ProgramTemplates').flushData({
      templates: [
        { __typename: 'ProgramTemplate', id: 'builtin:standard', name: 'Standard CRM rollout', crmProduct: null, description: 'Five phases.', builtIn: true },
        { __typename: 'ProgramTemplate', id: 'builtin:hubspot', name: 'HubSpot rollout', crmProduct: 'HubSpot', description: 'Portal, seats.', builtIn: true },
        { __typename: 'ProgramTemplate', id: 't-1', name: 'Our EMEA plan', crmProduct: null, description: null, builtIn: false },
      ],
    });
    await settle();

    expect(byTestId('templates-loading')).toBeNull();
    expect(byTestId('template-builtin:hubspot')?.textContent).toContain('HubSpot rollout');
    expect(byTestId('template-t-1')?.textContent).toContain('imported');
    expect(byTestId('template-EMPTY')).not.toBeNull();
    await fillValidProject();
    (byTestId('template-builtin:hubspot')?.querySelector('input') as HTMLInputElement).click();
    await submit();

    expect(apollo.expectOne('CreateProject').operation.variables['input']).toEqual(expect.objectContaining({ template: 'STANDARD', templateId: 'builtin:hubspot' }));
  });

  it('keeps the standard plan on offer when the templates cannot be read', async () => {
    apollo.expectOne('ProgramTemplates').networkError(new Error('offline'));
    await settle();

    expect(byTestId('templates-failed')?.textContent).toContain('could not be loaded');
    expect(byTestId('template-builtin:standard')?.querySelector('input')?.checked).toBe(true);
  });

  it('shows an error without a field in the banner', async () => {
    await fillValidProject();
    await submit();

    apollo
      .expectOne('CreateProject')
      .graphqlErrors([{ message: 'Too many attempts. Wait a minute and try again.', extensions: { code: 'TOO_MANY_REQUESTS' } }]);
    await settle();

    expect(byTestId('error-banner')?.textContent).toContain('Too many attempts. Wait a minute and try again.');
  });

  it('goes back to the list once the project is created', async () => {
    const router = TestBed.inject(Router);
    type('project-name', 'EMEA sales rollout');
    type('project-crm', 'HubSpot');
    type('project-start', '2026-03-01');
    type('project-golive', '2026-09-01');
    await submit();

    apollo.expectOne('CreateProject').flushData({
      createProject: {
        __typename: 'Project',
        id: 'p1',
        name: 'EMEA sales rollout',
        crmProduct: 'HubSpot',
        startDate: '2026-03-01',
        targetGoLiveDate: '2026-09-01',
        status: 'ACTIVE',
        version: 1,
        createdAt: '2026-01-10T09:00:00.000Z',
      },
    });
    await settle();

    expect(byTestId('error-banner')).toBeNull();
    expect(router.url).toBe('/projects');
  });
});

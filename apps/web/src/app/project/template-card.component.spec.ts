import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ApolloTestingController, ApolloTestingModule, TestOperation } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { TemplateCardComponent } from './template-card.component';

describe('TemplateCardComponent', () => {
  let fixture: ComponentFixture<TemplateCardComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection()] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(TemplateCardComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('programName', 'EMEA Sales rollout');
    await fixture.whenStable();
  });
  afterEach(() => vi.restoreAllMocks());

  const byTestId = (id: string) => (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${id}"]`) as HTMLElement | null;

  /** Apollo hands results over in later macrotasks that the fixture does not track. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function until(check: () => boolean): Promise<void> {
    for (let i = 0; i < 50 && !check(); i += 1) await settle();
  }

  /** Picks a file in the import field; answers the import request it sends (once the file is read). */
  async function chooseFile(text: string, name = 'plan.json'): Promise<TestOperation> {
    const field = byTestId('import-template') as HTMLInputElement;
    Object.defineProperty(field, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] });
    field.dispatchEvent(new Event('change'));
    const sent: TestOperation[] = [];
    await until(() => sent.push(...apollo.match('ImportTemplate')) > 0);
    expect(sent).toHaveLength(1);
    return sent[0];
  }

  it('downloads the program as a template file named after it', async () => {
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:template');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    byTestId('export-template')?.click();
    await fixture.whenStable();
    expect(byTestId('export-template')?.textContent).toContain('Preparing');

    const operation = apollo.expectOne('ExportTemplate');
    expect(operation.operation.variables).toEqual({ projectId: 'p1' });
    operation.flushData({ exportTemplate: '{"roles":[]}' });
    await until(() => clicked.length > 0);

    expect(clicked).toEqual(['emea-sales-rollout-template.json']);
    expect(byTestId('export-template')?.textContent).toContain('Export as template');
  });

  it('imports a chosen file and says it is offered for new programs', async () => {
    const operation = await chooseFile('{"name":"Ours"}');
    expect(operation.operation.variables).toEqual({ input: { content: '{"name":"Ours"}' } });
    operation.flushData({ importTemplate: { __typename: 'ProgramTemplate', id: 't1', name: 'Ours', crmProduct: null, description: null, builtIn: false } });
    await until(() => byTestId('import-done') !== null);

    expect(byTestId('import-done')?.textContent).toContain('Imported “Ours”');
  });

  it('lists what is wrong with a file at its JSON path', async () => {
    (await chooseFile('{}', 'broken.json')).graphqlErrors([
      {
        message: 'content.phases[2].milestones[0].due.at: must be <= 1',
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'content.phases[2].milestones[0].due.at', message: 'must be <= 1' }] },
      },
    ]);
    await until(() => byTestId('import-error') !== null);

    expect(byTestId('import-error')?.textContent).toContain('“broken.json” is not a template we can read');
    expect(byTestId('import-error')?.querySelector('li')?.textContent).toBe('phases[2].milestones[0].due.at: must be <= 1');
  });
});

import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { ProcessesPageComponent } from './processes-page.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

function process(id: string, name: string, status: string, version = 1) {
  return {
    __typename: 'Process',
    id,
    name,
    department: 'SALES',
    asIs: 'Quotes go round by email.',
    toBe: 'Quotes are approved in the CRM.',
    status,
    version,
    automationBlockerMessage:
      status === 'VALIDATED' || status === 'AUTOMATED'
        ? null
        : { __typename: 'Message', code: 'PROCESS_NOT_VALIDATED_YET', params: [{ __typename: 'MessageParam', name: 'status', value: status }], text: 'English from the API' },
    ownerRole: { __typename: 'Role', id: 'r1', key: 'BUSINESS_ANALYST', name: 'Business analyst' },
    requirements: [{ __typename: 'Requirement', id: 'q1', title: 'Quote approval' }],
  };
}

describe('ProcessesPageComponent', () => {
  let fixture: ComponentFixture<ProcessesPageComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection()] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(ProcessesPageComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    await fixture.whenStable();
    apollo.expectOne('ProcessesPage').flushData({
      project: { __typename: 'Project', id: 'p1', myPermission: 'EDITOR' },
      processes: [process('a', 'Quote to order', 'REDESIGNED'), process('b', 'Lead to opportunity', 'VALIDATED')],
    });
    await settle();
  });

  afterEach(() => apollo.verify());

  async function settle(ms = 0): Promise<void> {
    await wait(ms);
    await fixture.whenStable();
  }

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function card(id: string): HTMLElement {
    return page().querySelector<HTMLElement>(`[data-testid="process-card"][data-process-id="${id}"]`) as HTMLElement;
  }

  async function move(id: string, status: string): Promise<void> {
    card(id).querySelector<HTMLButtonElement>('[data-testid="process-status-menu"]')?.click();
    await settle();
    document.querySelector<HTMLButtonElement>(`.mat-mdc-menu-panel [data-status="${status}"]`)?.click();
    await settle();
  }

  it('puts each process in the column of its status and explains up front why it cannot be automated yet', () => {
    const columns = [...page().querySelectorAll<HTMLElement>('[data-testid="process-column"]')];

    expect(columns.map((c) => c.dataset['status'])).toEqual(['DOCUMENTED', 'REDESIGNED', 'VALIDATED', 'AUTOMATED']);
    expect(columns[1].querySelector('[data-testid="process-card"]')?.textContent).toContain('Quote to order');
    // Worded from the code, as every language reads it, not from the API's English.
    expect(card('a').querySelector('[data-testid="automation-blocker"]')?.textContent).toContain('A process must be validated before it is automated.');
    expect(card('b').querySelector('[data-testid="automation-blocker"]')).toBeNull();
    expect(card('a').textContent).toContain('Business analyst');
    expect(card('a').textContent).toContain('1 requirement');
  });

  it('shows the gate’s own message when automating a process that is not validated', async () => {
    await move('a', 'AUTOMATED');

    const request = apollo.expectOne('ProcessesSetStatus');
    expect(request.operation.variables).toEqual({ input: { id: 'a', version: 1, status: 'AUTOMATED' } });
    request.graphqlErrors([
      { message: 'A process must work before it is automated: validate “Quote to order” first.', extensions: { code: 'GATE_BLOCKED' } },
    ]);
    await settle();

    expect(card('a').querySelector('[data-testid="gate-message"]')?.textContent).toContain('A process must work before it is automated');
    expect(card('a').dataset['status']).toBe('REDESIGNED');
  });

  it('moves a process to the column the server answers with', async () => {
    await move('b', 'AUTOMATED');

    apollo.expectOne('ProcessesSetStatus').flushData({ setProcessStatus: { ...process('b', 'Lead to opportunity', 'AUTOMATED', 2) } });
    await settle();

    const automated = page().querySelector('[data-testid="process-column"][data-status="AUTOMATED"]');
    expect(automated?.querySelector('[data-process-id="b"]')).not.toBeNull();
  });

  it('shows as-is and to-be when a card is expanded', async () => {
    expect(card('a').querySelector('[data-testid="process-as-is"]')).toBeNull();

    card('a').querySelector<HTMLButtonElement>('[data-testid="process-expand"]')?.click();
    await settle();

    expect(card('a').querySelector('[data-testid="process-as-is"]')?.textContent).toContain('Quotes go round by email.');
    expect(card('a').querySelector('[data-testid="process-to-be"]')?.textContent).toContain('approved in the CRM');
  });
});

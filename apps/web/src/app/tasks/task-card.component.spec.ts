import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { BoardTaskFragment } from '@crm/graphql-client';

import { TaskCardComponent } from './task-card.component';
import { boardTask } from './testing/board-fixtures';

const prerequisite = (id: string, title: string, status = 'TODO') => ({ __typename: 'Task', id, title, status });

describe('TaskCardComponent', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideNoopAnimations()] });
  });
  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => overlay.replaceChildren()));

  async function card(task: BoardTaskFragment, canEdit = false): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(TaskCardComponent);
    fixture.componentRef.setInput('task', task);
    fixture.componentRef.setInput('canEdit', canEdit);
    document.body.appendChild(fixture.nativeElement);
    await TestBed.inject(ApplicationRef).whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const waitingFor = (element: HTMLElement) => element.querySelector('[data-testid="task-waiting-for"]')?.textContent?.trim() ?? null;

  it('says which task a card waits for while it is not done', async () => {
    const element = await card(boardTask({ id: 't1', waitingFor: [prerequisite('t0', 'Design the data model', 'IN_PROGRESS')] } as never));
    expect(waitingFor(element)).toBe('Waiting for “Design the data model”');
    expect(element.classList).toContain('waiting');
  });

  it('names two tasks it waits for and counts three or more', async () => {
    const two = await card(boardTask({ id: 't1', waitingFor: [prerequisite('a', 'Design'), prerequisite('b', 'Review')] } as never));
    expect(waitingFor(two)).toBe('Waiting for “Design” and “Review”');
    const three = await card(boardTask({ id: 't2', waitingFor: [prerequisite('a', 'Design'), prerequisite('b', 'Review'), prerequisite('c', 'Sign off')] } as never));
    expect(waitingFor(three)).toBe('Waiting for 3 tasks');
  });

  it('says nothing about prerequisites once they are all done', async () => {
    const element = await card(boardTask({ id: 't1', dependsOnIds: ['t0'], waitingFor: [] } as never));
    expect(waitingFor(element)).toBeNull();
    expect(element.classList).not.toContain('waiting');
  });

  it('flags a done task whose prerequisite was opened again', async () => {
    const element = await card(boardTask({ id: 't1', status: 'DONE', waitingFor: [prerequisite('t0', 'Agree the scope')] } as never));
    expect(waitingFor(element)).toBe('“Agree the scope” is not done yet');
  });

  it('offers only To do and Blocked in the Move menu of a waiting card', async () => {
    const element = await card(boardTask({ id: 't1', waitingFor: [prerequisite('t0', 'Design')] } as never), true);
    element.querySelector<HTMLButtonElement>('[data-testid="task-status-menu"]')?.click();
    await TestBed.inject(ApplicationRef).whenStable();
    const items = [...document.querySelectorAll<HTMLButtonElement>('[mat-menu-item]')].map((item) => ({ status: item.dataset['status'], disabled: item.disabled }));
    expect(items).toEqual([
      { status: 'IN_PROGRESS', disabled: true },
      { status: 'BLOCKED', disabled: false },
      { status: 'DONE', disabled: true },
    ]);
  });
});

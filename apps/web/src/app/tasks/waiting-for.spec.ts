import { describe, expect, it } from 'vitest';

import type { BoardTaskFragment } from '@crm/graphql-client';

import { waitingForLabel, waitingForSentence } from './waiting-for';

const task = (status: string, titles: string[]) =>
  ({ status, waitingFor: titles.map((title) => ({ __typename: 'Task', id: title, title, status: 'TODO' })) }) as unknown as BoardTaskFragment;

describe('waitingForLabel', () => {
  it('names one or two open prerequisites and counts three or more', () => {
    expect(waitingForLabel(task('TODO', ['Design', 'Review']))).toBe('Waiting for “Design” and “Review”');
    expect(waitingForLabel(task('TODO', ['Design', 'Review', 'Sign off']))).toBe('Waiting for 3 tasks');
  });

  it('says a prerequisite of a task that moved on is not done yet, without claiming the task waits', () => {
    expect(waitingForLabel(task('DONE', ['Agree the scope']))).toBe('“Agree the scope” is not done yet');
    expect(waitingForLabel(task('IN_PROGRESS', ['a', 'b', 'c']))).toBe('3 tasks it waits for are not done yet');
  });

  it('says nothing when nothing it waits for is open', () => {
    expect(waitingForLabel(task('TODO', []))).toBeNull();
  });
});

describe('waitingForSentence', () => {
  it('tells a waiting task when it can start', () => {
    expect(waitingForSentence(task('TODO', ['Design the data model', 'Review the data model']))).toBe(
      'Waiting for “Design the data model” and “Review the data model”. It can start once they are done.',
    );
  });

  it('asks for another look at a done task whose prerequisite is open', () => {
    expect(waitingForSentence(task('DONE', ['Scope']))).toBe('“Scope” is not done yet, although this task has moved on: check it again once that is done.');
  });
});

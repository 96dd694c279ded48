import { describe, expect, it } from 'vitest';

import { commentLink } from './comment-subject';

describe('commentLink', () => {
  it('opens a task on the board at the comment', () => {
    expect(commentLink('p1', { type: 'TASK', id: 't1' }, 'c1')).toBe('/projects/p1/board?task=t1#comment-c1');
  });

  it('points out a milestone on the overview', () => {
    expect(commentLink('p1', { type: 'MILESTONE', id: 'm1' }, 'c1')).toBe('/projects/p1/overview?milestone=m1#comment-c1');
  });

  it('opens a training session on the training page', () => {
    expect(commentLink('p1', { type: 'TRAINING_SESSION', id: 's1' }, 'c1')).toBe('/projects/p1/training?session=s1#comment-c1');
  });
});

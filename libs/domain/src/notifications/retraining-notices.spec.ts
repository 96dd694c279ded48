import { describe, expect, it } from 'vitest';

import { AttendanceStatus } from '../training/retraining';
import { retrainingNotices } from './retraining-notices';

const was = (entries: Record<string, AttendanceStatus>) => new Map(Object.entries(entries));

describe('retrainingNotices', () => {
  it('someone marked absent who is now on the re-training list is told', () => {
    expect(retrainingNotices(was({ ann: 'INVITED' }), [{ personId: 'ann', status: 'ABSENT' }], new Set(['ann']), 'trainer')).toEqual(['ann']);
  });

  it('the same absence recorded again tells nobody a second time', () => {
    expect(retrainingNotices(was({ ann: 'ABSENT' }), [{ personId: 'ann', status: 'ABSENT' }], new Set(['ann']), 'trainer')).toEqual([]);
  });

  it('an absent person not on the list (a catch-up attended since) is not told', () => {
    expect(retrainingNotices(was({ ann: 'INVITED' }), [{ personId: 'ann', status: 'ABSENT' }], new Set(), 'trainer')).toEqual([]);
  });

  it('attendance and excuses tell nobody', () => {
    const entries = [
      { personId: 'ann', status: 'ATTENDED' as const },
      { personId: 'bob', status: 'EXCUSED' as const },
    ];
    expect(retrainingNotices(was({}), entries, new Set(['ann', 'bob']), 'trainer')).toEqual([]);
  });

  it('an excused person later marked absent is told', () => {
    expect(retrainingNotices(was({ bob: 'EXCUSED' }), [{ personId: 'bob', status: 'ABSENT' }], new Set(['bob']), 'trainer')).toEqual(['bob']);
  });

  it('the trainer recording their own absence is not told', () => {
    expect(retrainingNotices(was({}), [{ personId: 'trainer', status: 'ABSENT' }], new Set(['trainer']), 'trainer')).toEqual([]);
  });
});

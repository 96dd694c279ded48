import { describe, expect, it } from 'vitest';

import { ProcessCard, processColumns, replaceProcess, statusMoves } from './process-board';

function process(id: string, status: ProcessCard['status']): ProcessCard {
  return {
    id,
    name: `Process ${id}`,
    department: 'SALES',
    asIs: '',
    toBe: '',
    status,
    version: 1,
    automationBlockerMessage: status === 'VALIDATED' || status === 'AUTOMATED' ? null : { code: 'PROCESS_NOT_VALIDATED_YET', params: [{ name: 'status', value: status }], text: 'Validate it first.' },
    ownerRole: null,
    requirements: [],
  };
}

describe('processes grouped by status', () => {
  it('has a column for every status in the order a process goes through them, empty ones included', () => {
    const columns = processColumns([process('a', 'VALIDATED'), process('b', 'DOCUMENTED'), process('c', 'VALIDATED')]);

    expect(columns.map((c) => c.status)).toEqual(['DOCUMENTED', 'REDESIGNED', 'VALIDATED', 'AUTOMATED']);
    expect(columns.map((c) => c.processes.map((p) => p.id))).toEqual([['b'], [], ['a', 'c'], []]);
  });

  it('offers forward moves first, then the way back, nearest first', () => {
    expect(statusMoves('REDESIGNED').map((m) => [m.status, m.direction])).toEqual([
      ['VALIDATED', 'forward'],
      ['AUTOMATED', 'forward'],
      ['DOCUMENTED', 'back'],
    ]);
    expect(statusMoves('AUTOMATED').map((m) => m.status)).toEqual(['VALIDATED', 'REDESIGNED', 'DOCUMENTED']);
  });

  it('marks automating a process that is not validated with the reason, and nothing else', () => {
    const fromRedesigned = statusMoves('REDESIGNED');
    const fromValidated = statusMoves('VALIDATED');

    expect(fromRedesigned.find((m) => m.status === 'AUTOMATED')?.blocker).toMatch(/validated before it is automated/);
    expect(fromRedesigned.filter((m) => m.blocker !== null)).toHaveLength(1);
    expect(fromValidated.every((m) => m.blocker === null)).toBe(true);
  });

  it('replaces one process with the server’s answer, keeping the others', () => {
    const list = [process('a', 'DOCUMENTED'), process('b', 'DOCUMENTED')];
    const moved = { ...list[1], status: 'REDESIGNED' as const, version: 2 };

    const next = replaceProcess(list, moved);

    expect(next[0]).toBe(list[0]);
    expect(next[1]).toEqual(moved);
  });
});

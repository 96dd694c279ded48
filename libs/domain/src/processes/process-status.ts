import type { Message } from '../messages/message';

export type ProcessStatus = 'DOCUMENTED' | 'REDESIGNED' | 'VALIDATED' | 'AUTOMATED';

export const PROCESS_STATUSES: ProcessStatus[] = ['DOCUMENTED', 'REDESIGNED', 'VALIDATED', 'AUTOMATED'];

/**
 * Why a process may not move from one status to another, or null when it may. A process must be
 * shown to work (validated) before it is automated in the CRM: automating a broken process only
 * makes it fail faster. Moving back is always allowed, so a process can be reworked.
 */
export function processTransitionBlocker(from: ProcessStatus, to: ProcessStatus): Message | null {
  if (to === 'AUTOMATED' && from !== 'VALIDATED' && from !== 'AUTOMATED') {
    return { code: 'PROCESS_NOT_VALIDATED_YET', params: { status: from } };
  }
  return null;
}

export function isBackward(from: ProcessStatus, to: ProcessStatus): boolean {
  return PROCESS_STATUSES.indexOf(to) < PROCESS_STATUSES.indexOf(from);
}

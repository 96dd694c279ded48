import { formatMessage, isBackward, type Message, PROCESS_STATUSES, processTransitionBlocker } from '@crm/domain';
import type { ProcessesCardFragment, ProcessStatus } from '@crm/graphql-client';

import { activeMessageLocale } from '../shared/i18n/message-locale';

export type ProcessCard = ProcessesCardFragment;

export const PROCESS_STATUS_LABELS: Readonly<Record<ProcessStatus, string>> = {
  DOCUMENTED: $localize`:@@processes.status.documented:Documented`,
  REDESIGNED: $localize`:@@processes.status.redesigned:Redesigned`,
  VALIDATED: $localize`:@@processes.status.validated:Validated`,
  AUTOMATED: $localize`:@@processes.status.automated:Automated`,
};

/** What reaching each status means, shown under the column heading. */
export const PROCESS_STATUS_HINTS: Readonly<Record<ProcessStatus, string>> = {
  DOCUMENTED: $localize`:@@processes.statusHint.documented:How it works today is written down.`,
  REDESIGNED: $localize`:@@processes.statusHint.redesigned:The new way of working is designed.`,
  VALIDATED: $localize`:@@processes.statusHint.validated:Shown to work by the people who run it.`,
  AUTOMATED: $localize`:@@processes.statusHint.automated:Built into the CRM.`,
};

export interface ProcessColumn {
  status: ProcessStatus;
  label: string;
  hint: string;
  processes: ProcessCard[];
}

/** One column per status, in the order a process goes through them; processes keep the server's order. */
export function processColumns(processes: readonly ProcessCard[]): ProcessColumn[] {
  return PROCESS_STATUSES.map((status) => ({
    status,
    label: PROCESS_STATUS_LABELS[status],
    hint: PROCESS_STATUS_HINTS[status],
    processes: processes.filter((process) => process.status === status),
  }));
}

/** A status a process can be moved to from where it is, as its menu offers it. */
export interface StatusMove {
  status: ProcessStatus;
  label: string;
  direction: 'forward' | 'back';
  /** Why the server will refuse the move (the automation gate), or null when it will not. */
  blocker: string | null;
}

/** The gate's reason in the reader's language. */
function blockerText(blocker: Message | null): string | null {
  return blocker && formatMessage(activeMessageLocale(), blocker);
}

/**
 * Every other status, forward moves first. A move the gate refuses is still offered, marked with the
 * reason: the user learns the rule where they try to break it, rather than wondering where it went.
 */
export function statusMoves(from: ProcessStatus): StatusMove[] {
  const moves = PROCESS_STATUSES.filter((status) => status !== from).map(
    (status): StatusMove => ({
      status,
      label: PROCESS_STATUS_LABELS[status],
      direction: isBackward(from, status) ? 'back' : 'forward',
      blocker: blockerText(processTransitionBlocker(from, status)),
    }),
  );
  return [...moves.filter((m) => m.direction === 'forward'), ...moves.filter((m) => m.direction === 'back').reverse()];
}

/** The process list with one process replaced by the server's answer. */
export function replaceProcess(processes: readonly ProcessCard[], updated: ProcessCard): ProcessCard[] {
  return processes.map((process) => (process.id === updated.id ? updated : process));
}

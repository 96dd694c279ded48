import { englishText } from '../messages/format-message';
import type { Message } from '../messages/message';
import { daysBetween } from '../phases/milestone-schedule';
import type { IsoDate } from '../projects/project-schedule';

/**
 * The milestones the standard template plants in the rollout phase for going live: the pilot
 * wave's and the main go-live. A wave may take one of these over instead of getting its own.
 */
export const WAVE_GO_LIVE_TEMPLATE_KEYS: readonly string[] = ['pilot-wave-live', 'go-live'];

/** A milestone of the rollout phase, as far as choosing a wave's go-live needs it. */
export interface GoLiveMilestoneCandidate {
  id: string;
  /** The template key it was planted under; null for a milestone someone added by hand. */
  templateKey: string | null;
  dueDate: IsoDate;
  done: boolean;
  /** Already the go-live of another wave. */
  usedByWave: boolean;
}

/**
 * Which existing milestone becomes a new wave's go-live, or null when the wave needs a milestone
 * of its own. A milestone matches when the template planted it in the rollout phase as a go-live
 * (WAVE_GO_LIVE_TEMPLATE_KEYS), it is not done and no other wave uses it. Of the matches, the one
 * due nearest the wave's go-live date wins (the earlier one on a tie), so a first wave planned
 * early takes "Pilot wave live" and one planned near the program's go-live takes "Go-live".
 * Milestones added by hand never match: only their author knows what they mean.
 */
export function goLiveMilestoneToReuse(goLiveDate: IsoDate, candidates: GoLiveMilestoneCandidate[]): string | null {
  const matching = candidates
    .filter((m) => m.templateKey !== null && WAVE_GO_LIVE_TEMPLATE_KEYS.includes(m.templateKey) && !m.done && !m.usedByWave)
    .map((m) => ({ m, distance: Math.abs(daysBetween(goLiveDate, m.dueDate)) }))
    .sort((a, b) => a.distance - b.distance || a.m.dueDate.localeCompare(b.m.dueDate));
  return matching[0]?.m.id ?? null;
}

/**
 * True when the go-live falls before the rollout phase's planned start or after its planned end
 * (both days belong to the phase). A phase without planned dates cannot be judged: not flagged.
 */
export function goLiveOutsidePhase(goLiveDate: IsoDate, phase: { plannedStart: IsoDate | null; plannedEnd: IsoDate | null } | null): boolean {
  if (!phase) return false;
  if (phase.plannedStart && goLiveDate < phase.plannedStart) return true;
  if (phase.plannedEnd && goLiveDate > phase.plannedEnd) return true;
  return false;
}

/** A go-live outside the rollout phase, as a message: which side of the phase, and its day. */
export function goLiveOutsidePhaseReason(waveName: string, goLiveDate: IsoDate, phase: { plannedStart: IsoDate | null; plannedEnd: IsoDate | null }): Message {
  const before = Boolean(phase.plannedStart && goLiveDate < phase.plannedStart);
  return {
    code: 'WAVE_GO_LIVE_OUTSIDE_PHASE',
    params: { wave: waveName, goLiveDate, side: before ? 'BEFORE' : 'AFTER', phaseDate: before ? phase.plannedStart : phase.plannedEnd },
  };
}

/** How the wave card and health word a go-live outside the rollout phase, in English. */
export function goLiveOutsidePhaseWarning(waveName: string, goLiveDate: IsoDate, phase: { plannedStart: IsoDate | null; plannedEnd: IsoDate | null }): string {
  const reason = goLiveOutsidePhaseReason(waveName, goLiveDate, phase);
  return englishText(reason.code, reason.params);
}

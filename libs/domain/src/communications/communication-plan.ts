import { addDays, daysBetween } from '../phases/milestone-schedule';
import { isWeekend, previousWorkingDay } from '../planning/working-days';
import type { IsoDate } from '../projects/project-schedule';
import { STANDARD_TEMPLATE, type TemplateCommunication } from '../template/project-template';

/** How a message reaches its audience. */
export const COMMUNICATION_CHANNELS = ['EMAIL', 'INTRANET', 'MEETING', 'CHAT', 'NEWSLETTER', 'TOWN_HALL', 'VIDEO'] as const;
export type CommunicationChannel = (typeof COMMUNICATION_CHANNELS)[number];

export const COMMUNICATION_CHANNEL_LABELS: Record<CommunicationChannel, string> = {
  EMAIL: 'Email',
  INTRANET: 'Intranet post',
  MEETING: 'Team meeting',
  CHAT: 'Team chat',
  NEWSLETTER: 'Newsletter',
  TOWN_HALL: 'Town hall',
  VIDEO: 'Short video',
};

/** PLANNED until it goes out (SENT) or the team decides it is not needed after all (SKIPPED). */
export const COMMUNICATION_STATUSES = ['PLANNED', 'SENT', 'SKIPPED'] as const;
export type CommunicationStatus = (typeof COMMUNICATION_STATUSES)[number];

/** Who answers for a message unless another role is named: it is told when the message is due and late. */
export const COMMUNICATION_DEFAULT_OWNER_ROLE = 'COMMUNICATIONS_LEAD';

/** How far from go-live a message may be planned, in days either way. */
export const COMMUNICATION_OFFSET_LIMIT = 365;

/** A message of a communications plan, before it is dated for a wave. */
export type StandardMessage = TemplateCommunication;

/**
 * The communications plan a program starts with unless its template gives its own, addressed to
 * each wave's business units. Five moments: a month ahead people hear that the change is coming,
 * a week ahead what it means for their day, on the day where to start and whom to ask, a week in
 * the tips the first days taught, and a month in how it is going. Written once, in the standard
 * template (standard-template.json), which every built-in template shares.
 */
export const STANDARD_COMMUNICATION_PLAN: readonly StandardMessage[] = STANDARD_TEMPLATE.communications ?? [];

/** The plan a program's new waves start with: its own, or the standard one for a program that has none stored. */
export function programCommunicationPlan(own: readonly StandardMessage[] | null): readonly StandardMessage[] {
  return own ?? STANDARD_COMMUNICATION_PLAN;
}

/**
 * The day a message is planned for: the go-live date plus its offset in calendar days ("T-30" is a
 * month ahead, as people say it). A message before go-live that would fall on a weekend goes out
 * on the Friday before instead: early is harmless, but nobody reads a Saturday announcement and
 * Monday may be too late for what it prepares. Messages on and after go-live day keep their day
 * (go-live day is what it is; a follow-up on a Sunday moves to Monday, when people are back).
 * Weekends only, not public holidays: the plan is written before the waves' countries are final.
 */
export function plannedOn(goLiveDate: IsoDate, offsetDays: number): IsoDate {
  const day = addDays(goLiveDate, offsetDays);
  if (offsetDays === 0 || !isWeekend(day)) return day;
  if (offsetDays < 0) return previousWorkingDay(day);
  let next = day;
  while (isWeekend(next)) next = addDays(next, 1);
  return next;
}

/** "T-30", "T+7", "Go-live day": where a message sits against go-live. */
export function offsetLabel(offsetDays: number): string {
  if (offsetDays === 0) return 'Go-live day';
  return offsetDays < 0 ? `T${offsetDays}` : `T+${offsetDays}`;
}

export interface PlannedMessage extends StandardMessage {
  plannedOn: IsoDate;
}

/** A plan dated for a wave going live on `goLiveDate`, earliest first. */
export function communicationPlanFor(goLiveDate: IsoDate, plan: readonly StandardMessage[]): PlannedMessage[] {
  return plan.map((m) => ({ ...m, plannedOn: plannedOn(goLiveDate, m.offsetDays) })).sort((x, y) => x.offsetDays - y.offsetDays);
}

/** The standard plan for a wave going live on `goLiveDate`, earliest first. */
export function standardCommunicationPlan(goLiveDate: IsoDate): PlannedMessage[] {
  return communicationPlanFor(goLiveDate, STANDARD_COMMUNICATION_PLAN);
}

export interface ScheduledCommunication {
  id: string;
  offsetDays: number;
  plannedOn: IsoDate;
  status: CommunicationStatus;
}

/**
 * What moves when a wave's go-live moves: every message still PLANNED is planned again at its
 * offset from the new date; a SENT or SKIPPED one stays where it happened. Only the messages whose
 * day really changes are returned.
 */
export function communicationShifts<T extends ScheduledCommunication>(messages: readonly T[], newGoLiveDate: IsoDate): { id: string; from: IsoDate; to: IsoDate }[] {
  return messages
    .filter((m) => m.status === 'PLANNED')
    .map((m) => ({ id: m.id, from: m.plannedOn, to: plannedOn(newGoLiveDate, m.offsetDays) }))
    .filter((s) => s.from !== s.to);
}

/** A message is overdue once its day has passed and it has neither gone out nor been skipped. */
export function communicationOverdue(message: { plannedOn: IsoDate; status: CommunicationStatus }, today: IsoDate): boolean {
  return message.status === 'PLANNED' && message.plannedOn < today;
}

/** Days a planned message is late as of `today`; 0 when it is not overdue. */
export function communicationDaysLate(message: { plannedOn: IsoDate; status: CommunicationStatus }, today: IsoDate): number {
  return communicationOverdue(message, today) ? daysBetween(message.plannedOn, today) : 0;
}

export function isCommunicationChannel(value: string): value is CommunicationChannel {
  return (COMMUNICATION_CHANNELS as readonly string[]).includes(value);
}

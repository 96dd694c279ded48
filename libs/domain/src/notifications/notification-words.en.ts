import { formatMessage } from '../messages/format-message';
import { MILESTONE_DUE_DAYS_BEFORE, WEEKLY_DUE_SOON_DAYS } from './reminder-schedule';
import type { NotificationWords } from './notification-words';

/** Where a message sits against go-live, as the communications plan names it. */
function offsetEn(offsetDays: number | undefined): string | null {
  if (offsetDays === undefined) return null;
  if (offsetDays === 0) return 'Go-live day';
  return offsetDays < 0 ? `T${offsetDays}` : `T+${offsetDays}`;
}

const CHANNEL_EN = { EMAIL: 'email', INTRANET: 'intranet post', MEETING: 'team meeting', CHAT: 'team chat', NEWSLETTER: 'newsletter', TOWN_HALL: 'town hall', VIDEO: 'short video' } as const;

const COLOUR_EN = { GREEN: 'on track', AMBER: 'at risk', RED: 'off track' } as const;

const where = (when: string | null, waveName: string, programName: string) => `${when ? `${when} of ` : ''}${waveName} (${programName})`;

/** English, the source: the API's stored `title` and `body` are these. */
export const NOTIFICATION_WORDS_EN: NotificationWords = {
  kinds: {
    TASK_ASSIGNED: (p) => ({
      title: p.roleName
        ? `${p.count} ${p.count === 1 ? 'task' : 'tasks'} of ${p.roleName} came to you in ${p.projectName}`
        : p.count === 1 && p.taskTitle !== undefined
          ? `“${p.taskTitle}” came to you in ${p.projectName}`
          : `${p.count} tasks came to you in ${p.projectName}`,
    }),
    ROLE_GIVEN: (p) => ({ title: roleTitle(p.change, p.roleName, p.projectName) }),
    ROLE_TAKEN: (p) => ({ title: roleTitle(p.change, p.roleName, p.projectName) }),
    MENTION: (p) => ({ title: `${p.authorName} mentioned you on “${p.subjectTitle}”` }),
    COMMENT_ON_YOURS: (p) => ({ title: `${p.authorName} commented on “${p.subjectTitle}”` }),
    MILESTONE_DUE: (p) => ({ title: `${p.milestoneName} is due in ${MILESTONE_DUE_DAYS_BEFORE} days`, body: `The milestone ${p.milestoneName} of ${p.programName} is due on ${p.dueDate}.` }),
    MILESTONE_OVERDUE: (p) => ({ title: `${p.milestoneName} is overdue`, body: `The milestone ${p.milestoneName} of ${p.programName} was due on ${p.dueDate} and is not done yet.` }),
    COMMUNICATION_DUE: (p) => ({
      title: `Send “${p.title}” today`,
      body: `${where(offsetEn(p.offsetDays), p.waveName, p.programName)}: the ${CHANNEL_EN[p.channel] ?? p.channel} “${p.title}” is planned for today, ${p.plannedOn}. Mark it sent once it is out.`,
    }),
    COMMUNICATION_OVERDUE: (p) => ({
      title: `“${p.title}” has not gone out`,
      body: `${where(offsetEn(p.offsetDays), p.waveName, p.programName)}: the ${CHANNEL_EN[p.channel] ?? p.channel} “${p.title}” was planned for ${p.plannedOn} and is not marked sent.`,
    }),
    SESSION_TOMORROW: (p) => ({
      title: `Training tomorrow: ${p.topic}`,
      body: [
        `${p.waveName}: ${p.topic}`,
        p.localStart ? `Starts ${p.localStart} (${p.timeZone})${p.durationMinutes ? `, ${p.durationMinutes} minutes` : ''}.` : '',
        p.location ? `Where: ${p.location}` : '',
        p.trainer ? `Trainer: ${p.trainer}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    }),
    RETRAINING: (p) => ({ title: `You missed “${p.topic}” and are on the re-training list in ${p.projectName}`, body: 'A trainer will invite you to a catch-up session.' }),
    GATE_BLOCKED: (p) => ({
      title: `The gate of ${p.phaseName} is blocked in ${p.projectName}`,
      body: p.blockerList ? `Blocking it now: ${p.blockerList.map((m) => formatMessage('en', m)).join('; ')}` : undefined,
    }),
    GATE_UNBLOCKED: (p) => ({ title: `The gate of ${p.phaseName} is open in ${p.projectName}`, body: 'Nothing blocks the gate any more: the phase can be completed.' }),
    KPI_OFF_TRACK: (p) => ({
      title: `${p.kpiName} is off track in ${p.projectName}`,
      body: `Latest value: ${p.latest ?? 'none'} ${p.unit}; target: ${p.target} ${p.unit}.`,
    }),
    WEEKLY_STATUS: (p) => ({
      title: `Weekly status of ${p.programName}: ${COLOUR_EN[p.health]}`,
      body: [
        `Health: ${p.health} (${COLOUR_EN[p.health]}).`,
        ...(p.reasons ?? []).map((r) => `- ${formatMessage('en', r)}`),
        '',
        (p.dueSoon ?? []).length === 0 ? `No open milestone is due in the next ${WEEKLY_DUE_SOON_DAYS} days.` : `Due in the next ${WEEKLY_DUE_SOON_DAYS} days:`,
        ...(p.dueSoon ?? []).map((m) => `- ${m.name}, ${m.dueDate}`),
        '',
        p.overdueCount === 0 ? 'No milestone is overdue.' : p.overdueCount === 1 ? '1 milestone is overdue.' : `${p.overdueCount} milestones are overdue.`,
      ].join('\n'),
    }),
    SUPPORT_ITEM_URGENT: (p) => ({ title: `Severity ${p.severity} support item #${p.number} in ${p.projectName}: ${p.title}` }),
  },
  counted: {
    TASK_ASSIGNED: (n) => `${n} tasks came to you`,
    ROLE_GIVEN: (n) => `You were given ${n} roles`,
    ROLE_TAKEN: (n) => `${n} of your roles were taken away`,
    MENTION: (n) => `You were mentioned ${n} times`,
    COMMENT_ON_YOURS: (n) => `${n} new comments on your work`,
    MILESTONE_DUE: (n) => `${n} milestones are due soon`,
    MILESTONE_OVERDUE: (n) => `${n} milestones are overdue`,
    COMMUNICATION_DUE: (n) => `${n} planned messages go out today`,
    COMMUNICATION_OVERDUE: (n) => `${n} planned messages are late`,
    SESSION_TOMORROW: (n) => `${n} training sessions tomorrow`,
    RETRAINING: (n) => `${n} retraining notices`,
    GATE_BLOCKED: (n) => `${n} phase gates are blocked`,
    GATE_UNBLOCKED: (n) => `${n} phase gates are open again`,
    KPI_OFF_TRACK: (n) => `${n} KPIs are off track`,
    WEEKLY_STATUS: (n) => `${n} weekly status reports`,
    SUPPORT_ITEM_URGENT: (n) => `${n} urgent support items came to your desk`,
  },
  openIt: (url) => `Open it: ${url}`,
  settings: (url) => `Choose what reaches you by mail: ${url}`,
};

function roleTitle(change: string, roleName: string, projectName: string): string {
  switch (change) {
    case 'TAKEN':
      return `You are no longer ${roleName} in ${projectName}`;
    case 'MADE_PRIMARY':
      return `You are now the primary ${roleName} in ${projectName}`;
    case 'NO_LONGER_PRIMARY':
      return `You are no longer the primary ${roleName} in ${projectName}`;
    default:
      return `You are now ${roleName} in ${projectName}`;
  }
}

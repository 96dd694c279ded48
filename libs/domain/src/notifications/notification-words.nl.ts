import { formatMessage } from '../messages/format-message';
import { MILESTONE_DUE_DAYS_BEFORE, WEEKLY_DUE_SOON_DAYS } from './reminder-schedule';
import { noticeDay, noticeNumber } from './notification-day';
import type { NotificationWords } from './notification-words';

function offsetNl(offsetDays: number | undefined): string | null {
  if (offsetDays === undefined) return null;
  if (offsetDays === 0) return 'Dag van de livegang';
  return offsetDays < 0 ? `T${offsetDays}` : `T+${offsetDays}`;
}

const CHANNEL_NL = { EMAIL: 'e-mail', INTRANET: 'intranetbericht', MEETING: 'teamoverleg', CHAT: 'teamchat', NEWSLETTER: 'nieuwsbrief', TOWN_HALL: 'town hall', VIDEO: 'korte video' } as const;

const COLOUR_NL = { GREEN: 'op koers', AMBER: 'in gevaar', RED: 'niet op koers' } as const;
const HEALTH_NL = { GREEN: 'groen', AMBER: 'oranje', RED: 'rood' } as const;

const where = (when: string | null, waveName: string, programName: string) => `${when ? `${when} van ` : ''}${waveName} (${programName})`;

export const NOTIFICATION_WORDS_NL: NotificationWords = {
  kinds: {
    TASK_ASSIGNED: (p) => ({
      title: p.roleName
        ? p.count === 1
          ? `1 taak van ${p.roleName} is aan je toegewezen in ${p.projectName}`
          : `${p.count} taken van ${p.roleName} zijn aan je toegewezen in ${p.projectName}`
        : p.count === 1 && p.taskTitle !== undefined
          ? `“${p.taskTitle}” is aan je toegewezen in ${p.projectName}`
          : `${p.count} taken zijn aan je toegewezen in ${p.projectName}`,
    }),
    ROLE_GIVEN: (p) => ({ title: roleTitleNl(p.change, p.roleName, p.projectName) }),
    ROLE_TAKEN: (p) => ({ title: roleTitleNl(p.change, p.roleName, p.projectName) }),
    MENTION: (p) => ({ title: `${p.authorName} heeft je vermeld bij “${p.subjectTitle}”` }),
    COMMENT_ON_YOURS: (p) => ({ title: `${p.authorName} heeft een opmerking geplaatst bij “${p.subjectTitle}”` }),
    MILESTONE_DUE: (p) => ({
      title: `${p.milestoneName} moet over ${MILESTONE_DUE_DAYS_BEFORE} dagen klaar zijn`,
      body: `De mijlpaal ${p.milestoneName} van ${p.programName} moet op ${noticeDay('nl', p.dueDate)} klaar zijn.`,
    }),
    MILESTONE_OVERDUE: (p) => ({
      title: `${p.milestoneName} is te laat`,
      body: `De mijlpaal ${p.milestoneName} van ${p.programName} moest op ${noticeDay('nl', p.dueDate)} klaar zijn en is nog niet afgerond.`,
    }),
    COMMUNICATION_DUE: (p) => ({
      title: `Verstuur “${p.title}” vandaag`,
      body: `${where(offsetNl(p.offsetDays), p.waveName, p.programName)}: het bericht “${p.title}” (${CHANNEL_NL[p.channel] ?? p.channel}) staat gepland voor vandaag, ${noticeDay('nl', p.plannedOn)}. Markeer het als verstuurd zodra het eruit is.`,
    }),
    COMMUNICATION_OVERDUE: (p) => ({
      title: `“${p.title}” is nog niet verstuurd`,
      body: `${where(offsetNl(p.offsetDays), p.waveName, p.programName)}: het bericht “${p.title}” (${CHANNEL_NL[p.channel] ?? p.channel}) stond gepland voor ${noticeDay('nl', p.plannedOn)} en is niet als verstuurd gemarkeerd.`,
    }),
    SESSION_TOMORROW: (p) => ({
      title: `Morgen training: ${p.topic}`,
      body: [
        `${p.waveName}: ${p.topic}`,
        p.localStart ? `Begint ${p.localStart} (${p.timeZone})${p.durationMinutes ? `, ${p.durationMinutes} minuten` : ''}.` : '',
        p.location ? `Waar: ${p.location}` : '',
        p.trainer ? `Trainer: ${p.trainer}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    }),
    RETRAINING: (p) => ({ title: `Je hebt “${p.topic}” gemist en staat op de bijscholingslijst in ${p.projectName}`, body: 'Een trainer nodigt je uit voor een inhaalsessie.' }),
    GATE_BLOCKED: (p) => ({
      title: `De fasepoort van ${p.phaseName} is geblokkeerd in ${p.projectName}`,
      body: p.blockerList ? `Dit houdt de fasepoort nu tegen: ${p.blockerList.map((m) => formatMessage('nl', m)).join('; ')}` : undefined,
    }),
    GATE_UNBLOCKED: (p) => ({ title: `De fasepoort van ${p.phaseName} is weer open in ${p.projectName}`, body: 'Niets houdt de fasepoort nog tegen: je kunt de fase afronden.' }),
    KPI_OFF_TRACK: (p) => ({
      title: `${p.kpiName} ligt niet op koers in ${p.projectName}`,
      body: `Laatste waarde: ${p.latest === null ? 'geen' : noticeNumber('nl', p.latest)} ${p.unit}; doel: ${noticeNumber('nl', p.target)} ${p.unit}.`,
    }),
    WEEKLY_STATUS: (p) => ({
      title: `Weekstatus van ${p.programName}: ${COLOUR_NL[p.health]}`,
      body: [
        `Gezondheid: ${HEALTH_NL[p.health]} (${COLOUR_NL[p.health]}).`,
        ...(p.reasons ?? []).map((r) => `- ${formatMessage('nl', r)}`),
        '',
        (p.dueSoon ?? []).length === 0
          ? `Er is geen open mijlpaal die de komende ${WEEKLY_DUE_SOON_DAYS} dagen klaar moet zijn.`
          : `Moet de komende ${WEEKLY_DUE_SOON_DAYS} dagen klaar zijn:`,
        ...(p.dueSoon ?? []).map((m) => `- ${m.name}, ${noticeDay('nl', m.dueDate)}`),
        '',
        p.overdueCount === 0 ? 'Geen enkele mijlpaal is te laat.' : p.overdueCount === 1 ? '1 mijlpaal is te laat.' : `${p.overdueCount} mijlpalen zijn te laat.`,
      ].join('\n'),
    }),
    SUPPORT_ITEM_URGENT: (p) => ({ title: `Supportmelding #${p.number} met ernst ${p.severity} in ${p.projectName}: ${p.title}` }),
  },
  counted: {
    TASK_ASSIGNED: (n) => `${n} taken zijn aan je toegewezen`,
    ROLE_GIVEN: (n) => `Je hebt ${n} rollen gekregen`,
    ROLE_TAKEN: (n) => `${n} van je rollen zijn bij je weggehaald`,
    MENTION: (n) => `Je bent ${n} keer vermeld`,
    COMMENT_ON_YOURS: (n) => `${n} nieuwe opmerkingen bij jouw werk`,
    MILESTONE_DUE: (n) => `${n} mijlpalen moeten binnenkort klaar zijn`,
    MILESTONE_OVERDUE: (n) => `${n} mijlpalen zijn te laat`,
    COMMUNICATION_DUE: (n) => `${n} geplande berichten gaan vandaag uit`,
    COMMUNICATION_OVERDUE: (n) => `${n} geplande berichten zijn te laat`,
    SESSION_TOMORROW: (n) => `Morgen ${n} trainingssessies`,
    RETRAINING: (n) => `${n} meldingen over bijscholing`,
    GATE_BLOCKED: (n) => `${n} fasepoorten zijn geblokkeerd`,
    GATE_UNBLOCKED: (n) => `${n} fasepoorten zijn weer open`,
    KPI_OFF_TRACK: (n) => `${n} KPI’s liggen niet op koers`,
    WEEKLY_STATUS: (n) => `${n} weekstatussen`,
    SUPPORT_ITEM_URGENT: (n) => `${n} dringende supportmeldingen voor jou`,
  },
  openIt: (url) => `Bekijken: ${url}`,
  settings: (url) => `Kies wat je per mail ontvangt: ${url}`,
};

function roleTitleNl(change: string, roleName: string, projectName: string): string {
  switch (change) {
    case 'TAKEN':
      return `Je hebt ${roleName} niet meer in ${projectName}`;
    case 'MADE_PRIMARY':
      return `Je bent nu de primaire houder van ${roleName} in ${projectName}`;
    case 'NO_LONGER_PRIMARY':
      return `Je bent niet langer de primaire houder van ${roleName} in ${projectName}`;
    default:
      return `Je bent nu ${roleName} in ${projectName}`;
  }
}

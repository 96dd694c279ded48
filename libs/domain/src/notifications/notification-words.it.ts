import { formatMessage } from '../messages/format-message';
import { MILESTONE_DUE_DAYS_BEFORE, WEEKLY_DUE_SOON_DAYS } from './reminder-schedule';
import { noticeDay, noticeNumber } from './notification-day';
import type { NotificationWords } from './notification-words';

function offsetIt(offsetDays: number | undefined): string | null {
  if (offsetDays === undefined) return null;
  if (offsetDays === 0) return 'Giorno del go-live';
  return offsetDays < 0 ? `T${offsetDays}` : `T+${offsetDays}`;
}

const CHANNEL_IT = { EMAIL: 'email', INTRANET: 'articolo sulla intranet', MEETING: 'riunione di team', CHAT: 'chat di team', NEWSLETTER: 'newsletter', TOWN_HALL: 'town hall', VIDEO: 'breve video' } as const;

const COLOUR_IT = { GREEN: 'in linea', AMBER: 'a rischio', RED: 'fuori obiettivo' } as const;
const HEALTH_IT = { GREEN: 'verde', AMBER: 'ambra', RED: 'rosso' } as const;

const where = (when: string | null, waveName: string, programName: string) => `${when ? `${when} di ` : ''}${waveName} (${programName})`;

export const NOTIFICATION_WORDS_IT: NotificationWords = {
  kinds: {
    TASK_ASSIGNED: (p) => ({
      title: p.roleName
        ? p.count === 1
          ? `1 attività del ruolo ${p.roleName} ti è stata assegnata in ${p.projectName}`
          : `${p.count} attività del ruolo ${p.roleName} ti sono state assegnate in ${p.projectName}`
        : p.count === 1 && p.taskTitle !== undefined
          ? `“${p.taskTitle}” ti è stata assegnata in ${p.projectName}`
          : `${p.count} attività ti sono state assegnate in ${p.projectName}`,
    }),
    ROLE_GIVEN: (p) => ({ title: roleTitleIt(p.change, p.roleName, p.projectName) }),
    ROLE_TAKEN: (p) => ({ title: roleTitleIt(p.change, p.roleName, p.projectName) }),
    MENTION: (p) => ({ title: `${p.authorName} ti ha menzionato in “${p.subjectTitle}”` }),
    COMMENT_ON_YOURS: (p) => ({ title: `${p.authorName} ha commentato “${p.subjectTitle}”` }),
    MILESTONE_DUE: (p) => ({ title: `${p.milestoneName} scade tra ${MILESTONE_DUE_DAYS_BEFORE} giorni`, body: `La milestone ${p.milestoneName} di ${p.programName} scade il ${noticeDay('it', p.dueDate)}.` }),
    MILESTONE_OVERDUE: (p) => ({
      title: `${p.milestoneName} è in ritardo`,
      body: `La milestone ${p.milestoneName} di ${p.programName} scadeva il ${noticeDay('it', p.dueDate)} e non è ancora completata.`,
    }),
    COMMUNICATION_DUE: (p) => ({
      title: `Invia “${p.title}” oggi`,
      body: `${where(offsetIt(p.offsetDays), p.waveName, p.programName)}: il messaggio “${p.title}” (${CHANNEL_IT[p.channel] ?? p.channel}) è previsto per oggi, ${noticeDay('it', p.plannedOn)}. Segnalo come inviato appena è uscito.`,
    }),
    COMMUNICATION_OVERDUE: (p) => ({
      title: `“${p.title}” non è ancora stato inviato`,
      body: `${where(offsetIt(p.offsetDays), p.waveName, p.programName)}: il messaggio “${p.title}” (${CHANNEL_IT[p.channel] ?? p.channel}) era previsto per il ${noticeDay('it', p.plannedOn)} e non risulta inviato.`,
    }),
    SESSION_TOMORROW: (p) => ({
      title: `Formazione domani: ${p.topic}`,
      body: [
        `${p.waveName}: ${p.topic}`,
        p.localStart ? `Inizia ${p.localStart} (${p.timeZone})${p.durationMinutes ? `, ${p.durationMinutes} minuti` : ''}.` : '',
        p.location ? `Dove: ${p.location}` : '',
        p.trainer ? `Formatore: ${p.trainer}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    }),
    RETRAINING: (p) => ({ title: `Hai perso “${p.topic}” e sei nell'elenco di riqualificazione in ${p.projectName}`, body: 'Un formatore ti inviterà a una sessione di recupero.' }),
    GATE_BLOCKED: (p) => ({
      title: `Il gate di fase di ${p.phaseName} è bloccato in ${p.projectName}`,
      body: p.blockerList ? `Cosa blocca il gate ora: ${p.blockerList.map((m) => formatMessage('it', m)).join('; ')}` : undefined,
    }),
    GATE_UNBLOCKED: (p) => ({ title: `Il gate di fase di ${p.phaseName} è di nuovo aperto in ${p.projectName}`, body: 'Non c’è più nulla che blocchi il gate di fase: puoi completare la fase.' }),
    KPI_OFF_TRACK: (p) => ({
      title: `${p.kpiName} è fuori obiettivo in ${p.projectName}`,
      body: `Ultimo valore: ${p.latest === null ? 'nessuno' : noticeNumber('it', p.latest)} ${p.unit}; obiettivo: ${noticeNumber('it', p.target)} ${p.unit}.`,
    }),
    WEEKLY_STATUS: (p) => ({
      title: `Stato settimanale di ${p.programName}: ${COLOUR_IT[p.health]}`,
      body: [
        `Stato di salute: ${HEALTH_IT[p.health]} (${COLOUR_IT[p.health]}).`,
        ...(p.reasons ?? []).map((r) => `- ${formatMessage('it', r)}`),
        '',
        (p.dueSoon ?? []).length === 0
          ? `Nessuna milestone aperta scade nei prossimi ${WEEKLY_DUE_SOON_DAYS} giorni.`
          : `In scadenza nei prossimi ${WEEKLY_DUE_SOON_DAYS} giorni:`,
        ...(p.dueSoon ?? []).map((m) => `- ${m.name}, ${noticeDay('it', m.dueDate)}`),
        '',
        p.overdueCount === 0 ? 'Nessuna milestone è in ritardo.' : p.overdueCount === 1 ? '1 milestone è in ritardo.' : `${p.overdueCount} milestone sono in ritardo.`,
      ].join('\n'),
    }),
    SUPPORT_ITEM_URGENT: (p) => ({ title: `Segnalazione #${p.number} di gravità ${p.severity} in ${p.projectName}: ${p.title}` }),
  },
  counted: {
    TASK_ASSIGNED: (n) => `${n} attività ti sono state assegnate`,
    ROLE_GIVEN: (n) => `Hai ricevuto ${n} ruoli`,
    ROLE_TAKEN: (n) => `Ti sono stati tolti ${n} ruoli`,
    MENTION: (n) => `Sei stato menzionato ${n} volte`,
    COMMENT_ON_YOURS: (n) => `${n} nuovi commenti sul tuo lavoro`,
    MILESTONE_DUE: (n) => `${n} milestone scadono a breve`,
    MILESTONE_OVERDUE: (n) => `${n} milestone sono in ritardo`,
    COMMUNICATION_DUE: (n) => `${n} messaggi previsti escono oggi`,
    COMMUNICATION_OVERDUE: (n) => `${n} messaggi previsti sono in ritardo`,
    SESSION_TOMORROW: (n) => `${n} sessioni di formazione domani`,
    RETRAINING: (n) => `${n} avvisi di riqualificazione`,
    GATE_BLOCKED: (n) => `${n} gate di fase sono bloccati`,
    GATE_UNBLOCKED: (n) => `${n} gate di fase sono di nuovo aperti`,
    KPI_OFF_TRACK: (n) => `${n} KPI sono fuori obiettivo`,
    WEEKLY_STATUS: (n) => `${n} stati settimanali`,
    SUPPORT_ITEM_URGENT: (n) => `${n} segnalazioni urgenti per te`,
  },
  openIt: (url) => `Apri: ${url}`,
  settings: (url) => `Scegli cosa ricevere per email: ${url}`,
};

function roleTitleIt(change: string, roleName: string, projectName: string): string {
  switch (change) {
    case 'TAKEN':
      return `Non ricopri più ${roleName} in ${projectName}`;
    case 'MADE_PRIMARY':
      return `Ora sei il titolare principale di ${roleName} in ${projectName}`;
    case 'NO_LONGER_PRIMARY':
      return `Non sei più il titolare principale di ${roleName} in ${projectName}`;
    default:
      return `Ora ricopri ${roleName} in ${projectName}`;
  }
}

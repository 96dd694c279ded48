import { csvColumnsWord, csvColumnWord } from './csv-column-wording';
import type { MessageCatalogue, MessageParams } from './message';
import { count, formatDay, formatNumber, joinList, listParam, plural, quoted, text } from './message-wording';

const n = (v: number) => formatNumber('it', v);
const many = (v: number, one: string, other: string) => plural('it', v, { one, other });
const day = (p: MessageParams, name: string) => formatDay('it', text(p, name));
const field = (p: MessageParams) => (text(p, 'field') ? `Il campo ${text(p, 'field')}` : 'Questo valore');
const more = (p: MessageParams) => `…e altri ${n(count(p, 'count'))}.`;

/** Il formato di un file di utilizzo, con il nome che gli dà il CRM. */
/** Il tipo di un collegamento di MS Project (il codice Type) per nome. */
function linkType(type: string): string {
  const names: Record<string, string> = { '0': 'fine-fine', '2': 'inizio-fine', '3': 'inizio-inizio' };
  return names[type] ?? `di tipo ${type}`;
}

/** “riga 3” o “righe 2, 3, 4, …”: a cosa si riferisce una nota dell’importazione. */
function rowsOf(p: MessageParams): string {
  return count(p, 'count') === 1 ? `riga ${text(p, 'rows')}` : `righe ${text(p, 'rows')}`;
}

function usageFormat(format: string): string {
  const names: Record<string, string> = {
    SALESFORCE: 'una cronologia degli accessi di Salesforce',
    DYNAMICS: 'un report attività utenti di Dynamics 365 / Microsoft 365',
    HUBSPOT: 'una cronologia degli accessi di HubSpot',
    GENERIC: 'un CSV con email, data e un conteggio facoltativo',
  };
  return names[format] ?? format;
}

function goLiveSlip(p: MessageParams): string {
  const pace = `Al ritmo ${count(p, 'paceWeeks') === 1 ? 'dell’ultima settimana' : `delle ultime ${n(count(p, 'paceWeeks'))} settimane`}`;
  const names = listParam(p, 'driver').map(quoted);
  const extra = count(p, 'moreDrivers');
  const drivenBy = names.length === 0 ? '' : `; a determinarlo sono ${extra > 0 ? `${names.join(', ')} e ${extra === 1 ? 'un’altra attività' : `altre ${n(extra)} attività`}` : joinList('it', names)}`;
  if (p['verdict'] === 'SLIPPING') {
    return `${pace} il go-live cade il ${day(p, 'forecastDate')}, ${many(count(p, 'slipDays'), 'giorno lavorativo', 'giorni lavorativi')} dopo l’obiettivo del ${day(p, 'targetDate')}${drivenBy}.`;
  }
  const slowEnd =
    p['latestSlipDays'] === null || p['latestSlipDays'] === undefined
      ? 'in una di quelle settimane non si è concluso nulla, e a quel ritmo il lavoro non finirebbe mai'
      : `al ritmo della settimana più lenta lo supererebbe di ${many(count(p, 'latestSlipDays'), 'giorno lavorativo', 'giorni lavorativi')}`;
  return `${pace} il go-live cade il ${day(p, 'forecastDate')}, entro l’obiettivo del ${day(p, 'targetDate')}, ma ${slowEnd}${drivenBy}.`;
}

function urgentItems(p: MessageParams): string {
  const parts = [
    count(p, 'severity1') > 0 ? `${n(count(p, 'severity1'))} di gravità 1` : '',
    count(p, 'severity2') > 0 ? `${n(count(p, 'severity2'))} di gravità 2` : '',
  ].filter(Boolean);
  return `Ci sono ancora segnalazioni urgenti aperte (${joinList('it', parts)}).`;
}

/** Italian, for program teams in Italy and Ticino: the informal imperative modern Italian software uses. */
/** How a template's duplicated key is named (`TEMPLATE_KEY_TWICE`'s `what`). */
const TEMPLATE_KEY_NAMES: Record<string, string> = { ROLE: 'La chiave del ruolo', PHASE: 'Il tipo di fase', TASK: "La chiave dell'attività", KPI: 'La chiave del KPI', MILESTONE: 'La chiave della milestone' };

export const MESSAGES_IT: MessageCatalogue = {
  INVALID_INPUT: () => 'Alcuni dei valori inseriti non sono validi.',
  SIGN_IN_REQUIRED: () => 'Accedi per continuare.',
  NOT_ALLOWED: () => 'Non hai i permessi per modificare questo programma.',
  NOT_FOUND: () => 'Non trovato.',
  RECORD_CHANGED: () => 'Qualcun altro ha modificato questo elemento dopo che l’hai aperto. Ricarica per vedere la versione più recente, poi applica di nuovo la tua modifica.',
  GATE_BLOCKED: () => 'Questa fase non può ancora essere chiusa.',
  STATE_NOT_ALLOWED: () => 'Questa modifica non è possibile nello stato attuale.',
  WAITS_FOR_OPEN_TASKS: () => 'Questa attività attende attività ancora aperte.',
  TOO_MANY_ATTEMPTS: () => 'Troppi tentativi. Attendi un minuto e riprova.',
  SERVICE_UNAVAILABLE: () => 'Il servizio è momentaneamente non disponibile. Riprova tra poco.',
  REQUEST_TIMED_OUT: () => 'La richiesta ha impiegato troppo tempo e il server l’ha interrotta. Non è stato salvato nulla; riprova tra poco o chiedi meno dati alla volta.',
  INTERNAL_ERROR: () => 'Qualcosa è andato storto da parte nostra. L’errore è stato registrato.',
  REQUEST_INVALID: () => 'Questa non è una richiesta GraphQL valida.',

  REQUIRED: (p) => `${field(p)} è obbligatorio.`,
  TOO_LONG: (p) => `${field(p)} può contenere al massimo ${many(count(p, 'max'), 'carattere', 'caratteri')}.`,
  TOO_SHORT: (p) => `${field(p)} deve contenere almeno ${many(count(p, 'min'), 'carattere', 'caratteri')}.`,
  TOO_SMALL: (p) => `${field(p)} deve essere almeno ${n(count(p, 'min'))}.`,
  TOO_LARGE: (p) => `${field(p)} può essere al massimo ${n(count(p, 'max'))}.`,
  NOT_AN_ID: (p) => `${field(p)} deve essere un identificativo.`,
  NOT_A_WHOLE_NUMBER: (p) => `${field(p)} deve essere un numero intero.`,
  NOT_A_NUMBER: (p) => `${field(p)} deve essere un numero.`,
  NOT_TEXT: (p) => `${field(p)} deve essere un testo.`,
  NOT_YES_OR_NO: (p) => `${field(p)} deve essere vero o falso.`,
  NOT_ONE_OF_CHOICES: (p) => `Per ${field(p).toLowerCase()} scegli una delle opzioni proposte.`,
  NOT_A_LIST: (p) => `${field(p)} deve essere un elenco.`,
  TOO_MANY_ITEMS: (p) => `${field(p)} può contenere al massimo ${many(count(p, 'max'), 'elemento', 'elementi')}.`,
  TOO_FEW_ITEMS: (p) => `${field(p)} deve contenere almeno ${many(count(p, 'min'), 'elemento', 'elementi')}.`,
  DUPLICATE_ITEMS: (p) => `${field(p)} contiene due volte lo stesso elemento.`,
  NOT_AN_EMAIL: (p) => `${field(p)} deve essere un indirizzo email.`,
  NOT_A_DAY: (p) => `${field(p)} deve essere una data (AAAA-MM-GG, tra il 1900 e il 2999).`,
  NOT_A_TIME_ZONE: (p) => `${field(p)} deve essere un fuso orario, per esempio Europe/Rome.`,
  NOT_A_DATE_TIME: (p) => `${field(p)} deve essere una data con ora.`,
  NOT_A_URL: (p) => `${field(p)} deve essere un indirizzo web.`,
  UNKNOWN_FIELD: (p) => `${field(p)} non fa parte di questi dati.`,
  INVALID_VALUE: (p) => `${field(p)} non è valido.`,
  CANNOT_BE_CLEARED: (p) => `${field(p)} non può essere svuotato; omettilo per mantenere il valore attuale.`,
  TEXT_HAS_NUL: (p) => `${field(p)} non deve contenere il carattere NUL.`,
  TEXT_HAS_BROKEN_CHARACTER: (p) => `${field(p)} contiene un carattere danneggiato (metà di una coppia surrogata UTF-16).`,

  NAME_TAKEN: () => 'Questo nome è già in uso.',
  ROLE_NAME_TAKEN: () => 'Questo programma ha già un ruolo con questo nome.',
  KPI_NAME_TAKEN: () => 'Questo programma ha già un KPI con questo nome.',
  VENDOR_NAME_TAKEN: () => 'Questo fornitore è già nell’elenco.',
  BASELINE_NAME_TAKEN: () => 'Esiste già una baseline con questo nome.',
  CRITERION_NAME_TAKEN: () => 'Esiste già un criterio con questo nome.',
  EMAIL_TAKEN: () => 'Nella rubrica qualcuno ha già questo indirizzo email.',
  SAME_CHANGE_AT_ONCE: () => 'Qualcun altro ha fatto la stessa modifica nello stesso momento. Ricarica per vederla.',
  PRIMARY_HOLDER_TAKEN: () => 'Nello stesso momento qualcun altro ha nominato un’altra persona titolare principale di questo ruolo. Ricarica e riprova.',
  ALREADY_HOLDS_ROLE: () => 'Questa persona ricopre già il ruolo; modifica piuttosto la sua allocazione.',
  ALREADY_HOLDS_ROLE_IN_WAVE: () => 'Questa persona ricopre già il ruolo in questa ondata; modifica piuttosto la sua allocazione.',
  PREREQUISITE_REMOVED: () => 'Una delle attività che questa dovrebbe attendere è stata eliminata nel frattempo. Ricarica e scegli di nuovo.',
  NOT_IN_DIRECTORY: () => 'Scegli le persone dalla rubrica dell’organizzazione.',
  NAME_NEEDS_LETTER: () => 'Il nome deve contenere almeno una lettera o una cifra.',
  PLAN_HAS_LOOP: () => 'Il piano non può essere calcolato: alcune attività si attendono a vicenda in un ciclo.',
  TASK_DUE_BEFORE_START: () => 'La scadenza deve coincidere con la data di inizio o seguirla.',
  TASK_DURATION_OUT_OF_RANGE: (p) => `La durata deve essere un numero intero di giorni lavorativi da 0 a ${n(count(p, 'max'))}.`,
  TASK_DATES_DISAGREE: (p) => `Dal ${day(p, 'startDate')} al ${day(p, 'dueDate')} ci sono ${many(count(p, 'days'), 'giorno lavorativo', 'giorni lavorativi')}, non ${n(count(p, 'durationDays'))}. Indicane due su tre: il terzo si ricava da sé.`,
  RECORDS_GONE: () => 'Alcuni degli elementi selezionati non fanno più parte di questo programma. Ricarica e riprova.',
  NOT_REMOVED: () => 'Questo programma non è stato eliminato.',
  NOT_ARCHIVED: () => 'Questo programma non è archiviato.',
  PROGRAM_ARCHIVED: () => 'Questo programma è archiviato; ripristinalo dall’archivio per modificarlo.',
  WRONG_CREDENTIALS: () => 'Email o password non corretti.',
  WRONG_PASSWORD: () => 'La password attuale non è corretta.',
  LINK_USED: () => 'Questo link è già stato usato.',
  LINK_EXPIRED: (p) => (p['hours'] !== undefined ? `Questo link è scaduto (i link valgono ${many(count(p, 'hours'), 'ora', 'ore')}).` : 'Questo link è scaduto.'),
  SSO_REQUIRED: () => 'La tua organizzazione accede con il single sign-on. Usa “Accedi con la tua organizzazione”.',
  ACCOUNT_EXISTS: () => 'Esiste già un account con questa email. Accedi oppure reimposta la password.',
  ACCOUNT_DEACTIVATED: () => 'Questo account è stato disattivato. Rivolgiti a un amministratore della tua organizzazione.',
  ALREADY_MEMBER: (p) => (text(p, 'person') ? `${text(p, 'person')} fa già parte della tua organizzazione.` : 'Questa persona è già membro.'),
  OTHER_ORGANISATION: () => 'Questa email ha già un account in un’altra organizzazione; un account appartiene a una sola organizzazione.',
  INVITATION_REVOKED: () => 'Questo invito è stato ritirato. Chiedine uno nuovo a chi ti ha invitato.',
  INVITATIONS_PER_MINUTE: (p) => `Nell’ultimo minuto hai inviato ${many(count(p, 'max'), 'invito', 'inviti')}. Attendi un minuto e riprova.`,
  ADMIN_ONLY: () => 'Solo un amministratore della tua organizzazione può farlo.',
  OWNER_ONLY: () => 'Solo un proprietario di questo programma (o un amministratore) può farlo.',
  SESSION_HELD: () => 'Questa sessione si è già svolta e non può più essere annullata.',
  SESSION_CANCELLED: () => 'Questa sessione è stata annullata.',
  PERSON_LISTED_TWICE: () => 'Ogni persona può comparire una sola volta.',
  SESSION_NOT_STARTED: () => 'Questa sessione non è ancora iniziata: fino ad allora puoi registrare solo invitato o giustificato.',
  TRAINER_ROLE_NEEDED: () => 'Il formatore deve avere il ruolo Trainer in questo programma; assegnalo prima nella pagina del team.',
  NOBODY_NEEDS_RETRAINING: () => 'In questa ondata nessuno ha bisogno di una nuova formazione per ora.',
  PERSON_OR_UNIT: () => 'Valuta una persona oppure una business unit, non entrambe.',
  WAVE_HYPERCARE_OVER: () => 'L’hypercare di questa ondata è terminata: segnalalo al normale service desk.',
  WAVE_NOT_LIVE_YET: () => 'Le segnalazioni riguardano le ondate già in produzione; questa non lo è ancora.',
  SENT_DAY_NEEDS_SENT: () => 'Solo un messaggio segnato come inviato ha una data di invio.',
  SENT_DAY_IN_FUTURE: () => 'Un messaggio non può essere stato inviato in un giorno che deve ancora arrivare.',
  OTHER_PROJECT: () => 'Questo appartiene a un altro programma.',
  PHASE_COMPLETED: () => 'Questa fase è già chiusa.',
  PHASE_NOT_COMPLETED: () => 'Si può riaprire solo una fase chiusa.',
  HAS_DEPENDANTS: () => 'Altri elementi dipendono ancora da questo.',
  PARENT_REMOVED: () => 'L’elemento a cui apparteneva è stato eliminato; ripristina prima quello.',
  TRASH_ENTRY_GONE: () => 'Questo elemento non è più nel cestino.',
  PROVIDER_UNREACHABLE: (p) => `Nessun provider OpenID ha risposto a ${text(p, 'issuer')}/.well-known/openid-configuration. Controlla l’indirizzo.`,
  LOGIN_EXPIRED: () => 'Questo accesso è già stato completato, ha richiesto troppo tempo o è iniziato in un altro browser. Ricomincia.',
  INVALID_CURSOR: () => 'Questo cursore di pagina non è valido; riparti dalla prima pagina.',
  TASK_ALREADY_UNDER_WAY: (p) => `${quoted(text(p, 'task'))} è già ${p['toDone'] === true || p['toDone'] === 'true' ? 'completata' : 'in corso'}, quindi non può attendere attività non ancora completate.`,
  PROCESS_NOT_VALIDATED_YET: () => 'Un processo deve essere validato prima di essere automatizzato. Valida prima il processo ridisegnato con chi lo esegue.',
  UNITS_NOT_IN_SCOPE: (p) => `${text(p, 'units')} non ${count(p, 'count') === 1 ? 'rientra' : 'rientrano'} nel perimetro di alcuna ondata di questo programma.`,
  CHOOSE_PROGRAM_ROLES: () => 'Scegli ruoli di questo programma.',
  CHOOSE_PROGRAM_SENDER_ROLE: () => 'Scegli un ruolo di questo programma che invii il messaggio.',
  REQUIREMENTS_GONE: () => 'Alcuni dei requisiti selezionati non fanno più parte di questo programma. Ricarica e riprova.',
  PERSON_NOT_IN_DIRECTORY: () => 'Nella rubrica non c’è nessuno con questo identificativo.',
  PEOPLE_NOT_IN_DIRECTORY: () => 'Alcune di queste persone non sono nella rubrica.',
  NO_SUCH_ROLE: (p) => `Questo programma non ha un ruolo con la chiave ${text(p, 'roleKey')}.`,
  NO_SUCH_PHASE: () => 'Questo programma non ha questa fase.',
  NO_SUCH_MILESTONE: () => 'Questo programma non ha questa milestone.',
  NO_SUCH_WAVE: () => 'Questo programma non ha questa ondata.',
  NO_SUCH_KPI: (p) => `Questo programma non ha un KPI con la chiave ${text(p, 'kpiKey')}.`,
  EMPTY_PROGRAM_NO_TEMPLATE: () => 'Un programma vuoto parte senza modello: ometti templateId oppure scegli il modello STANDARD.',
  ACCOUNT_CREATED_MEANWHILE: () => 'Dopo l’invio di questo link è stato creato un account con questa email. Accedi oppure reimposta la password.',
  SIGN_UP_LINK_USED: () => 'Questo link di registrazione è già stato usato. Accedi.',
  SIGN_UP_LINK_EXPIRED: (p) => `Questo link di registrazione è scaduto (vale ${many(count(p, 'hours'), 'ora', 'ore')}). Registrati di nuovo per riceverne uno nuovo.`,
  RESET_LINK_USED: () => 'Questo link di reimpostazione è già stato usato. Richiedine uno nuovo.',
  RESET_LINK_EXPIRED: (p) => `Questo link di reimpostazione è scaduto (vale ${n(count(p, 'minutes'))} minuti). Richiedine uno nuovo.`,
  SESSION_ENDED: () => 'La sessione è scaduta o non è valida. Accedi di nuovo.',
  SESSION_ALREADY_CANCELLED: () => 'Questa sessione è già stata annullata.',
  NOT_A_TIME: (p) => `${field(p)} deve essere HH:MM, per esempio 09:30.`,
  OUT_OF_RANGE: (p) => `${field(p)} deve essere compreso tra ${n(count(p, 'min'))} e ${n(count(p, 'max'))}.`,
  PREREQUISITES_SENT_TWICE: () => 'Indica i prerequisiti una sola volta: dependsOnIds oppure dependencies (con ritardi), non entrambi.',
  PREREQUISITE_NAMED_TWICE: () => 'Indica ogni prerequisito una sola volta.',
  TASK_NAMED_TWICE: () => 'Indica ogni attività una sola volta.',
  NOTHING_TO_CHANGE: () => 'Indica cosa cambiare: uno stato, un ruolo o un assegnatario.',
  DEPENDENCY_OTHER_PROJECT: () => 'Un’attività può dipendere solo da attività dello stesso programma.',
  DEPENDENCY_LOOP: (p) => `Così le attività si attenderebbero a vicenda in un ciclo: ${text(p, 'tasks')}.`,
  TASKS_CHANGED_MEANWHILE: (p) => `Non è stato modificato nulla: qualcun altro ha modificato ${quoted(text(p, 'task'))} dopo che l’hai aperto. Ricarica, poi applica di nuovo la modifica.`,
  DEPENDANT_CHANGED_MEANWHILE: (p) => `Non è stato modificato nulla: ${quoted(text(p, 'task'))}, che attende questa attività, è stata modificata nel frattempo da qualcun altro. Ricarica il piano, poi sposta di nuovo l’attività.`,
  TASK_WAITS_FOR_OPEN_TASKS: (p) => `${quoted(text(p, 'task'))} non può ${p['toDone'] === true || p['toDone'] === 'true' ? 'essere completata' : 'iniziare'} finché attende attività non ancora completate.`,
  WAVE_LIVE_DATE_FIXED: () => 'Questa ondata è già in produzione, quindi la data di go-live non può più cambiare.',
  WAVE_ALREADY_LIVE: (p) => `${text(p, 'wave')} è già in produzione.`,
  WAVE_ALREADY_CLOSED: (p) => `${text(p, 'wave')} è già chiusa.`,
  WAVE_NOT_LIVE_TO_CLOSE: (p) => `${text(p, 'wave')} non è ancora in produzione; si può chiudere solo un’ondata in produzione.`,
  NO_SIGN_OFF_ASKED: () => 'Questo criterio non richiede un’approvazione.',
  SIGNING_ROLE_NEEDED: (p) => `Solo chi ricopre il ruolo ${text(p, 'role')} in questo programma può approvare questo criterio.`,
  CRITERION_NOT_MET_YET: () => 'Questo criterio non è ancora soddisfatto, quindi non può essere approvato.',
  USE_COMPLETE_PHASE: () => 'Chiudi una fase con completePhase, che verifica i criteri di uscita.',
  CRITERION_CHECKS_ITSELF: () => 'Questo criterio si verifica da sé sui dati del programma: non si può spuntare a mano.',
  MILESTONE_ALREADY_DONE: () => 'Questa milestone è già raggiunta.',
  WINDOW_ENDS_BEFORE_START: () => 'Il periodo deve terminare nel giorno di inizio (from) o dopo.',
  KIND_GIVEN_TWICE: (p) => `${text(p, 'kind')} è indicato due volte.`,
  KPI_NAMED_TAKEN: (p) => `Questo programma ha già un KPI chiamato ${quoted(text(p, 'name'))}.`,
  MEASURED_IN_FUTURE: (p) => `Il ${day(p, 'measuredOn')} è nel futuro (oggi è il ${day(p, 'today')}). Registra un valore nel giorno della misurazione o dopo.`,
  AUTHOR_ONLY: () => 'Solo l’autore può modificare un commento.',
  AUTHOR_OR_OWNER_ONLY: () => 'Solo l’autore o un proprietario del programma può eliminare un commento.',
  NOT_DEACTIVATED: (p) => `${text(p, 'person')} non è disattivato.`,
  LAST_ADMIN: () => 'La tua organizzazione ha bisogno di almeno un amministratore attivo. Nomina prima qualcun altro amministratore.',
  PERMISSION_NEEDS_PROGRAM: () => 'Un permesso si riferisce a un programma: indica anche il programma.',
  PERSON_DEACTIVATED: (p) => `L’account di ${text(p, 'person')} è disattivato. Un amministratore può prima riattivarlo.`,
  ALREADY_OWNS_PROGRAM: (p) => `${text(p, 'person')} è già proprietario di questo programma.`,
  PASSWORD_TO_ACCEPT: () => 'Hai già un account: inserisci la sua password per accettare.',
  ACCOUNT_JUST_CREATED: () => 'È appena stato creato un account con questa email. Apri di nuovo il link.',
  INVITATION_ACCEPTED: () => 'Questo invito è già stato accettato. Accedi.',
  INVITATION_EXPIRED: (p) => `Questo invito è scaduto (vale ${n(count(p, 'days'))} giorni). Chiedi a chi ti ha invitato di inviarlo di nuovo.`,
  CHOOSE_PROJECT_VENDOR: () => 'Scegli uno dei fornitori di questo programma.',
  REQUIREMENTS_OTHER_PROJECT: () => 'Usa solo requisiti di questo programma.',
  STATUS_CHANGE_NOT_ALLOWED: () => 'Una segnalazione in questo stato non può passare a quello indicato.',
  SEVERITY_GIVEN_TWICE: (p) => `La gravità ${text(p, 'severity')} è indicata due volte.`,
  CLIENT_ID_REQUIRED: () => 'Inserisci il client id che il provider ha assegnato a questa app.',
  CLIENT_SECRET_REQUIRED: () => 'Inserisci il client secret che il provider ha assegnato a questa app.',
  NOT_EMAIL_DOMAINS: (p) => `${text(p, 'domains')} non è un dominio email come example.com.`,
  DOMAINS_NOT_PROVEN: (p) => `Nessun amministratore della tua organizzazione ha un indirizzo email su ${text(p, 'domains')}. Invita prima un amministratore con un indirizzo simile: si possono ammettere solo domini in cui i tuoi amministratori hanno una casella.`,
  RESTORE_PLACE_TAKEN: () => 'Non può tornare com’era: nel frattempo è stato aggiunto qualcosa con lo stesso nome o posto. Rinomina o elimina quello, poi ripristina di nuovo.',
  TEMPLATE_NAME_REQUIRED: () => 'Dai un nome al modello (il campo "name"), così si distingue nell’elenco.',
  TEMPLATE_UNREADABLE: () => 'Il modello non è leggibile come modello di programma.',
  PROJECT_OWNER_ONLY: () => 'Solo il proprietario del programma può farlo.',
  VIEW_ONLY: () => 'Puoi vedere questo programma ma non modificarlo. Chiedi al proprietario l’accesso come editor.',
  LAST_OWNER: () => 'Un programma ha bisogno di almeno un proprietario.',
  READINESS_ITEM_NOT_DONE: (p) => `Non ancora pronto: ${text(p, 'item')}`,
  TOO_BUSY_TO_APPLY: () => 'Altre modifiche agli stessi dati si sono continuamente sovrapposte, quindi non è stato salvato nulla. Riprova tra poco.',
  PHASE_GATE_BLOCKED: (p) => `${text(p, 'phase')} non può ancora essere chiusa.`,
  WAVE_GO_LIVE_BLOCKED: (p) => `${text(p, 'wave')} non può ancora andare in produzione.`,
  HYPERCARE_EXIT_BLOCKED: (p) => `L’hypercare di ${text(p, 'wave')} non può ancora terminare.`,

  MILESTONES_OVERDUE: (p) =>
    `${many(count(p, 'count'), 'milestone in ritardo', 'milestone in ritardo')}; ${quoted(text(p, 'milestone'))} è la più indietro, con ${many(count(p, 'days'), 'giorno', 'giorni')} di ritardo.`,
  CRITICAL_TASKS_UNOWNED: (p) => `${many(count(p, 'count'), 'attività critica', 'attività critiche')} senza responsabile.`,
  OPEN_TASKS_UNOWNED: (p) => `${many(count(p, 'count'), 'attività aperta', 'attività aperte')} senza responsabile.`,
  ROLES_UNFILLED: (p) => {
    const roles = listParam(p, 'role');
    return `Nessuno ricopre ${roles.length === 1 ? 'il ruolo' : 'i ruoli'} ${roles.join(', ')}.`;
  },
  PERSON_OVERBOOKED: (p) => `${text(p, 'person')} è allocato al ${n(count(p, 'percent'))}% sui programmi attivi.`,
  WAVE_TRAINING_NOT_PLANNED: (p) => `${text(p, 'wave')} è in produzione senza formazione pianificata nei primi 90 giorni.`,
  WAVE_TRAINING_UNDER: (p) => `${text(p, 'wave')} ha meno delle ${n(count(p, 'min'))} sessioni di formazione richieste nei primi 90 giorni.`,
  WAVE_TRAINING_GAPS: (p) => `${text(p, 'wave')} ha ${many(count(p, 'count'), 'periodo', 'periodi')} di oltre 30 giorni senza formazione.`,
  WAVE_RETRAINING_NEEDED: (p) =>
    `${many(count(p, 'count'), 'persona', 'persone')} in ${text(p, 'wave')} ${count(p, 'count') === 1 ? 'ha' : 'hanno'} bisogno di una nuova formazione.`,
  WAVE_GO_LIVE_OUTSIDE_PHASE: (p) =>
    p['side'] === 'BEFORE'
      ? `${text(p, 'wave')} va in produzione il ${day(p, 'goLiveDate')}, prima dell’inizio della fase di rilascio (${day(p, 'phaseDate')}).`
      : `${text(p, 'wave')} va in produzione il ${day(p, 'goLiveDate')}, dopo la fine della fase di rilascio (${day(p, 'phaseDate')}).`,
  GO_LIVE_FORECAST_SLIP: goLiveSlip,
  COMMUNICATIONS_OVERDUE: (p) =>
    `${many(count(p, 'count'), 'messaggio pianificato non inviato', 'messaggi pianificati non inviati')} in tempo; ${quoted(text(p, 'title'))} per ${text(p, 'wave')} è il più indietro, con ${many(count(p, 'days'), 'giorno', 'giorni')} di ritardo.`,
  KPI_OFF_TRACK: (p) => `${text(p, 'kpi')} è fuori rotta.`,
  KPI_AT_RISK: (p) => `${text(p, 'kpi')} è a rischio.`,
  RISK_HIGH: (p) => `Il rischio ${quoted(text(p, 'risk'))} ha un punteggio di ${n(count(p, 'score'))} su ${n(count(p, 'max'))}.`,
  SUPPORT_TARGETS_MISSED: (p) => {
    const open = count(p, 'count');
    const what = `${many(open, 'segnalazione', 'segnalazioni')} in ${text(p, 'wave')} ${open === 1 ? 'ha mancato il proprio' : 'hanno mancato il proprio'} obiettivo`;
    return count(p, 'urgent') > 0 ? `${what}, di cui ${n(count(p, 'urgent'))} di gravità 1 o 2.` : `${what}.`;
  },

  EXIT_CRITERION_NOT_MET: (p) => `Criterio di uscita non soddisfatto: ${text(p, 'criterion')}`,
  EXIT_CRITERION_AWAITING_SIGN_OFF: (p) => `Criterio di uscita non soddisfatto: ${text(p, 'criterion')} (in attesa dell’approvazione ${text(p, 'role') ? `di ${text(p, 'role')}` : 'del ruolo richiesto'})`,
  EXIT_CRITERION_SIGN_OFF_LAPSED: (p) =>
    `Criterio di uscita non soddisfatto: ${text(p, 'criterion')} (approvato ${text(p, 'role') ? `da ${text(p, 'role')}` : 'dal ruolo richiesto'} su fatti poi cambiati: approva di nuovo)`,
  MILESTONE_NOT_DONE: (p) => `Milestone non raggiunta: ${text(p, 'milestone')}`,
  TASK_NOT_DONE: (p) => `Attività non completata: ${text(p, 'task')}`,
  MORE_TASKS_NOT_DONE: (p) =>
    count(p, 'count') === 1 ? 'Un’altra attività non completata' : `Altre ${n(count(p, 'count'))} attività non completate`,

  TICKED: () => 'La casella è spuntata.',
  NOT_TICKED: () => 'La casella non è ancora spuntata.',
  NO_MUST_REQUIREMENTS: () => 'Non è ancora registrato alcun requisito MUST.',
  MUST_REQUIREMENTS_TRACED: (p) => `${n(count(p, 'traced'))} requisiti MUST su ${n(count(p, 'total'))} sono collegati a un criterio di selezione.`,
  MUST_REQUIREMENT_UNTRACED: (p) => `Non collegato ad alcun criterio: ${text(p, 'requirement')}.`,
  MUST_REQUIREMENT_UNTRACED_MORE: more,
  NO_VENDORS: () => 'Nessun fornitore è ancora in valutazione.',
  VENDOR_SCORES_GIVEN: (p) => `Sono stati dati ${n(count(p, 'given'))} punteggi su ${n(count(p, 'total'))} sui criteri MUST.`,
  VENDOR_SCORE_MISSING: (p) => `Punteggio ancora mancante: ${text(p, 'score')}.`,
  VENDOR_SCORE_MISSING_MORE: more,
  DECISION_RECORDED: () => 'La scelta del fornitore è registrata.',
  NO_DECISION: () => 'La scelta del fornitore non è ancora registrata.',
  NO_PROCESSES: () => 'Nessun processo è ancora documentato.',
  PROCESSES_VALIDATED: (p) => `${n(count(p, 'validated'))} processi su ${n(count(p, 'total'))} sono validati.`,
  PROCESS_NOT_VALIDATED: (p) => `Non ancora validato: ${text(p, 'process')}.`,
  PROCESS_NOT_VALIDATED_MORE: more,
  NO_WAVES: () => 'Nessuna ondata di rollout è ancora pianificata.',
  WAVE_GONE: () => 'L’ondata valutata da questa regola non fa più parte del programma.',
  WAVE_WITHOUT_SCOPE: (p) => `${text(p, 'wave')} non ha ancora un perimetro.`,
  WAVE_WITHOUT_KEY_USERS: (p) => `${text(p, 'wave')} non ha ancora key user.`,
  WAVE_STAFFED: (p) => `${text(p, 'wave')} ha un perimetro e ${many(count(p, 'keyUsers'), 'key user', 'key user')}.`,
  NO_LIVE_WAVES: () => 'Nessuna ondata di rollout è ancora in produzione.',
  WAVE_SEVERE_ITEMS: (p) =>
    count(p, 'open') === 0
      ? `${text(p, 'wave')} non ha segnalazioni aperte di gravità 1 o 2.`
      : `${text(p, 'wave')} ha ${many(count(p, 'open'), 'segnalazione aperta', 'segnalazioni aperte')} di gravità 1 o 2.`,
  WAVE_CADENCE: (p) => `${text(p, 'wave')}: cadenza della formazione ${CADENCE_WORD[text(p, 'status')] ?? text(p, 'status')}.`,
  NO_KPIS: () => 'Il programma non ha ancora KPI.',
  KPI_BASELINES: (p) => `${n(count(p, 'recorded'))} KPI su ${n(count(p, 'total'))} hanno una baseline.`,
  KPI_WITHOUT_BASELINE: (p) => `Ancora senza baseline: ${text(p, 'kpi')}.`,
  KPI_WITHOUT_BASELINE_MORE: more,
  KPI_GONE: (p) => `Il KPI ${text(p, 'kpi')} non fa più parte del programma.`,
  KPI_NOT_MEASURED: (p) => `Nessuna misurazione per ${text(p, 'kpi')} (obiettivo ${text(p, 'threshold')}).`,
  KPI_LATEST: (p) => `${text(p, 'kpi')} è a ${text(p, 'latest')}; deve raggiungere ${text(p, 'threshold')}.`,
  NO_ROLES_NEEDED: () => 'Le attività aperte della fase non richiedono alcun ruolo.',
  ROLES_HELD: (p) => `${n(count(p, 'held'))} ruoli su ${n(count(p, 'total'))} richiesti dalle attività della fase sono coperti.`,
  ROLE_NOT_HELD: (p) => `Nessuno ricopre ${text(p, 'role')}.`,
  ROLE_NOT_HELD_MORE: more,

  WAVE_NOT_LIVE: () => 'L’ondata non è ancora in produzione.',
  URGENT_ITEMS_OPEN: urgentItems,
  VOLUME_NOT_FALLING: (p) =>
    `Le nuove segnalazioni non sono calate per due settimane di fila: ${n(count(p, 'twoWeeksAgo'))}, poi ${n(count(p, 'lastWeek'))}, poi ${n(count(p, 'thisWeek'))} questa settimana.`,

  CADENCE_NOT_PLANNED: () => 'Nessuna formazione pianificata nei primi 90 giorni.',
  CADENCE_UNDER: () => 'Meno sessioni di formazione di quante ne servano nei primi 90 giorni.',
  CADENCE_GAP: () => 'Passano più di 30 giorni senza formazione.',
  CADENCE_ON_TRACK: () => 'La formazione è in linea.',
  CADENCE_OVER: () => 'Più sessioni di formazione di quante ne servano nei primi 90 giorni.',

  // Problemi di una regola su un campo.
  RULE_SETTING_NOT_TAKEN: (p) => `Una regola di tipo ${text(p, 'kind')} non prevede ${text(p, 'setting')}.`,
  RULE_NEEDS_KPI: () => 'Indica quale KPI legge la regola (la sua chiave).',
  CARRY_OVER_TO_EARLIER_PHASE: () => 'Puoi spostare le attività solo in una fase successiva.',
  CARRY_OVER_TO_COMPLETED_PHASE: () => 'Quella fase è già completata; scegline una ancora aperta.',
  CARRY_OVER_NOTHING_PICKED: () => 'Scegli almeno un’attività da spostare.',
  CARRY_OVER_OTHER_PHASE_TASKS: () => 'Puoi spostare solo le attività della fase che stai chiudendo.',
  CARRY_OVER_DONE_TASKS: () => 'Le attività completate restano nella loro fase; sposta solo quelle aperte.',
  PLANNED_END_BEFORE_START: () => 'La fine pianificata non può precedere l’inizio pianificato.',
  MILESTONE_TO_COMPLETED_PHASE: () => 'Quella fase è già completata; una milestone aperta può passare solo a una fase ancora aperta.',
  GO_LIVE_NOT_AFTER_START: () => 'Il go-live previsto deve cadere dopo la data di inizio.',
  SUPPORT_TARGET_OUT_OF_RANGE: (p) => `Un obiettivo è un numero intero di minuti da 1 a ${n(count(p, 'max'))} (${many(count(p, 'days'), 'giorno lavorativo', 'giorni lavorativi')}).`,
  RESOLUTION_BEFORE_RESPONSE: () => 'Il tempo di risoluzione non può essere più breve del tempo di risposta.',
  PERCENT_OUT_OF_RANGE: (p) => `Una percentuale è compresa tra ${n(count(p, 'min'))} e ${n(count(p, 'max'))}; ${n(count(p, 'value'))} è fuori da questo intervallo.`,
  LAG_NOT_WHOLE_DAYS: () => 'Un ritardo deve essere un numero intero di giorni lavorativi.',
  LAG_OUT_OF_RANGE: (p) => `Un ritardo deve essere compreso tra -${n(count(p, 'max'))} e +${n(count(p, 'max'))} giorni lavorativi.`,

  // Perché qualcuno è, o non è più, nell’elenco di riqualificazione perché non usa il CRM.
  INACTIVE_SINCE_GO_LIVE: (p) => `Nessun utilizzo del CRM dal go-live del ${day(p, 'goLiveDate')} (${many(count(p, 'days'), 'giorno', 'giorni')}).`,
  NO_ACTIVITY_FOR_DAYS: (p) => `Nessun utilizzo del CRM da ${many(count(p, 'days'), 'giorno', 'giorni')} (ultimo utilizzo il ${day(p, 'lastActiveOn')}).`,
  USING_CRM_AGAIN: (p) => `Usa di nuovo il CRM (ultimo utilizzo il ${day(p, 'lastActiveOn')}).`,
  ASKED_FOR_HELP: (p) => `Ha chiesto aiuto: ${text(p, 'topic')}`,

  // Problemi di un file importato o di una sua riga.
  IMPORT_MISSING_COLUMNS: (p) => `${count(p, 'count') > 1 ? 'Mancano le colonne' : 'Manca la colonna'}: ${csvColumnsWord('it', p, 'columns')}.`,
  IMPORT_ROW_UNREADABLE: (p) => `Non è stato possibile leggere la riga: ${text(p, 'detail')}.`,
  REQUIREMENTS_FILE_EMPTY: () => 'Il file ha un’intestazione ma nessun requisito.',
  REQUIREMENTS_TOO_MANY: (p) => `Importa al massimo ${n(count(p, 'max'))} requisiti alla volta.`,
  CELL_REQUIRED: (p) => `La colonna ${quoted(csvColumnWord('it', p, 'column'))} è obbligatoria.`,
  CELL_TOO_LONG: (p) => `La colonna ${quoted(csvColumnWord('it', p, 'column'))} può contenere al massimo ${many(count(p, 'max'), 'carattere', 'caratteri')}.`,
  CELL_NOT_ONE_OF: (p) => `La colonna ${quoted(csvColumnWord('it', p, 'column'))} deve valere uno tra ${text(p, 'choices')}${text(p, 'given') ? `, non "${text(p, 'given')}"` : ''}.`,
  CELL_NOT_AN_EMAIL: (p) => `"${text(p, 'value')}" nella colonna ${quoted(csvColumnWord('it', p, 'column'))} non è un indirizzo email.`,
  STAKEHOLDER_NOT_IN_DIRECTORY: (p) => `Nessuno con l’email ${text(p, 'email')} è nell’elenco delle persone; aggiungilo prima oppure lascia vuoto stakeholder_email.`,
  USAGE_HEADER_MISMATCH: (p) =>
    `Questa non è l’intestazione di ${usageFormat(text(p, 'format'))} (servono colonne come "${text(p, 'expected')}").${text(p, 'detected') ? ` Sembra ${usageFormat(text(p, 'detected'))}: scegli quel formato.` : ''}`,
  USAGE_FILE_EMPTY: () => 'Il file ha un’intestazione ma nessuna riga.',
  USAGE_TOO_MANY_ROWS: (p) => `Importa al massimo ${n(count(p, 'max'))} righe alla volta; dividi l’esportazione per periodo.`,
  USAGE_EMAIL_MISSING: () => 'Manca l’email.',
  USAGE_DATE_MISSING: () => 'Manca la data.',
  USAGE_DATE_NOT_REAL: (p) => `"${text(p, 'value')}" non è una data esistente.`,
  USAGE_DATE_NO_MONTH: (p) => `"${text(p, 'value')}" viene letto come mese/giorno/anno e il mese ${text(p, 'month')} non esiste; esporta le date come AAAA-MM-GG.`,
  USAGE_DATE_UNREADABLE: (p) => `"${text(p, 'value')}" non è una data; usa AAAA-MM-GG o la data così come l’ha esportata il CRM.`,
  USAGE_DATE_IN_FUTURE: (p) => `Il ${day(p, 'day')} è nel futuro.`,
  USAGE_COUNT_INVALID: (p) => `Il conteggio "${text(p, 'value')}" deve essere un numero intero da 0 a ${n(count(p, 'max'))}.`,

  // Problemi di un piano importato, e cosa l’importazione ha adattato.
  PLAN_MISSING_COLUMNS: (p) => `${count(p, 'count') > 1 ? 'Mancano le colonne' : 'Manca la colonna'}: ${csvColumnsWord('it', p, 'columns')}. Le colonne sono ${csvColumnsWord('it', p, 'expected')}.`,
  PLAN_IGNORED_COLUMNS: (p) => `${count(p, 'count') > 1 ? 'Colonne ignorate' : 'Colonna ignorata'}: ${csvColumnsWord('it', p, 'columns')}.`,
  PLAN_NOT_A_DATE: (p) => `“${text(p, 'value')}” non è una data; scrivila come AAAA-MM-GG.`,
  PLAN_DURATION_INVALID: (p) => `La durata è un numero intero di giorni lavorativi da 0 a ${n(count(p, 'max'))}, non “${text(p, 'value')}”.`,
  PLAN_PREDECESSOR_UNREADABLE: (p) => `“${text(p, 'value')}” non è un predecessore; scrivi i numeri di riga con un eventuale ritardo, come “3; 5+2d”.`,
  PLAN_LINK_TYPE_IN_CSV: (p) => `“${text(p, 'value')}”: sono supportati solo i collegamenti fine-inizio (un’attività inizia quando finisce la riga che attende).`,
  PLAN_EMPTY: () => 'Il file non contiene attività o milestone da importare.',
  PLAN_TOO_LARGE: (p) => `Importa al massimo ${n(count(p, 'max'))} attività e milestone alla volta; questo file ne ha ${n(count(p, 'count'))}. Dividi il piano per fase.`,
  PLAN_PHASE_REQUIRED: () => 'Indica la fase a cui appartiene.',
  PLAN_PHASE_NAME_TOO_LONG: (p) => `I nomi delle fasi hanno al massimo ${many(count(p, 'max'), 'carattere', 'caratteri')}.`,
  PLAN_TASK_TITLE_REQUIRED: () => 'Dai un titolo all’attività.',
  PLAN_TASK_TITLE_TOO_LONG: (p) => `I titoli hanno al massimo ${many(count(p, 'max'), 'carattere', 'caratteri')}.`,
  PLAN_ROLE_REQUIRED: (p) => `Indica il ruolo che se ne occupa: ${joinList('it', listParam(p, 'role'))}.`,
  PLAN_NO_SUCH_ROLE: (p) => `Questo programma non ha il ruolo “${text(p, 'name')}”. Usa uno tra: ${joinList('it', listParam(p, 'role'))}.`,
  PLAN_MILESTONE_NAME_REQUIRED: () => 'Dai un nome alla milestone.',
  PLAN_MILESTONE_NAME_TOO_LONG: (p) => `I nomi delle milestone hanno al massimo ${many(count(p, 'max'), 'carattere', 'caratteri')}.`,
  PLAN_MILESTONE_DUE_REQUIRED: () => 'Indica il giorno di scadenza della milestone.',
  PLAN_NEW_PHASE_NEEDS_DATES: (p) => `La nuova fase “${text(p, 'phase')}” ha bisogno di date: dai una data alle sue attività o milestone, oppure crea prima la fase.`,
  PLAN_PHASE_ENDS_BEFORE_START: (p) => `La fase “${text(p, 'phase')}” finirebbe prima di iniziare.`,
  PLAN_NO_SUCH_ROW: (p) => `Nel file non c’è una riga ${text(p, 'ref')} da attendere.`,
  PLAN_TASK_WAITS_FOR_ITSELF: () => 'Un’attività non può attendere sé stessa.',
  PLAN_LAG_OUT_OF_RANGE: (p) => `Un ritardo è un numero intero di giorni lavorativi da -${n(count(p, 'max'))} a ${n(count(p, 'max'))}.`,
  PLAN_MILESTONES_BRIDGED: (p) =>
    count(p, 'count') === 1
      ? '1 milestone attende delle attività; qui le milestone non hanno collegamenti, quindi le attività successive attendono direttamente quelle attività.'
      : `${n(count(p, 'count'))} milestone attendono delle attività; qui le milestone non hanno collegamenti, quindi le attività successive attendono direttamente quelle attività.`,
  PLAN_LOOP: (p) => `Queste righe si attendono a vicenda in un ciclo: ${text(p, 'rows')}. Togli uno dei collegamenti.`,
  PLAN_XML_NOT_CSV: () => 'Sembra XML, non CSV: scegli MS Project XML come formato.',
  PLAN_NOT_XML: () => 'Questo non è XML: scegli CSV come formato, oppure salva il piano da MS Project come XML.',
  PLAN_XML_DOCTYPE: () => 'Il file dichiara un DOCTYPE o delle entità, cosa che i file di MS Project non fanno mai; salva di nuovo il piano da MS Project.',
  TEMPLATE_FIELD_MISSING: () => 'manca',
  TEMPLATE_FIELD_UNKNOWN: () => 'non è un campo di un modello in questo punto',
  TEMPLATE_NOT_ONE_OF: (p) => `deve essere uno di questi: ${text(p, 'choices')}`,
  TEMPLATE_WHEN_INVALID: () => 'deve essere "at" (una frazione da 0 a 1) oppure "afterGoLiveDays" (giorni interi), non entrambi',
  TEMPLATE_KEY_INVALID: () => 'deve essere una chiave di lettere, cifre, "-" o "_" (al massimo 64 caratteri)',
  TEMPLATE_VALUE_INVALID: (p) => (text(p, 'detail') ? `non è valido (${text(p, 'detail')})` : 'non è valido'),
  TEMPLATE_KEY_TWICE: (p) => `${TEMPLATE_KEY_NAMES[text(p, 'what')] ?? 'La chiave'} "${text(p, 'key')}" è usata due volte`,
  TEMPLATE_NO_SUCH_ROLE: (p) => `deve essere uno dei ruoli del modello; non esiste il ruolo "${text(p, 'key')}"`,
  TEMPLATE_NO_SUCH_KPI: (p) => `deve essere uno dei KPI del modello; non esiste il KPI "${text(p, 'key')}"`,
  TEMPLATE_NO_SUCH_PHASE: (p) => `deve essere una delle fasi del modello; non esiste la fase ${text(p, 'kind')}`,
  TEMPLATE_NO_SUCH_MILESTONE: (p) => `non esiste la milestone "${text(p, 'key')}"`,
  TEMPLATE_NO_SUCH_TASK: (p) => `non esiste l'attività "${text(p, 'key')}"`,
  TEMPLATE_TASK_NAMED_TWICE: (p) => `indica l'attività "${text(p, 'key')}" una seconda volta`,
  TEMPLATE_DEPENDENCY_LOOP: (p) => `chiude un ciclo: ${text(p, 'loop')}`,
  TEMPLATE_WINDOW_BACKWARDS: () => 'non può finire prima di iniziare',
  TEMPLATE_BLANK: () => 'non può essere vuoto',
  TEMPLATE_TOO_LARGE: (p) => `Il modello è troppo grande: al massimo ${n(count(p, 'max') / 1000)} mila caratteri.`,
  TEMPLATE_NOT_JSON: (p) => `Questo non è un JSON valido: ${text(p, 'detail')}`,
  ADOPTION_MEASURED_BY_IMPORT: (p) => `Dall'importazione dei dati di utilizzo: ${n(count(p, 'active'))} utenti con licenza su ${n(count(p, 'licensed'))} sono stati attivi negli ultimi 30 giorni.`,
  RETRAINING_AUDIENCE: () => 'Chi ha perso delle sessioni o non usa ancora il CRM',
  PLAN_XML_MALFORMED: (p) => `Il file non è XML valido (riga ${text(p, 'line')}: ${text(p, 'detail')}).`,
  MSPDI_NOT_PROJECT: () => 'Questo non è un file XML di MS Project: manca l’elemento <Project>. In MS Project usa File › Salva con nome › XML.',
  MSPDI_NOT_A_DATE_TIME: (p) => `“${text(p, 'value')}” non è una data con ora come 2027-03-01T08:00:00.`,
  MSPDI_NOT_UNDER_SUMMARY: (p) => `“${text(p, 'task')}” non è sotto un’attività di riepilogo. Le attività di riepilogo di primo livello diventano le fasi del programma: rientrala sotto una di esse.`,
  MSPDI_EXTERNAL_LINK: () => 'Non è possibile importare collegamenti ad attività di altri file di MS Project; toglili prima.',
  MSPDI_LINK_TYPE: (p) => `Sono supportati solo i collegamenti fine-inizio; questa attività ha un collegamento ${linkType(text(p, 'type'))}. Cambialo in fine-inizio in MS Project, oppure toglilo.`,
  MSPDI_LINK_TO_SUMMARY: () => 'Attende un’attività di riepilogo, che qui diventa una fase; collegala piuttosto a un’attività dentro quel riepilogo.',
  MSPDI_LAG_PERCENT: () => 'Non è possibile importare ritardi in percentuale; indica il ritardo in giorni.',
  MSPDI_NOT_A_LAG: (p) => `“${text(p, 'value')}” non è un ritardo.`,
  MSPDI_NOT_A_DURATION: (p) => `“${text(p, 'value')}” non è una durata come PT40H0M0S.`,
  MSPDI_NESTED_SUMMARIES: (p) =>
    count(p, 'count') === 1
      ? '1 attività di riepilogo sotto il primo livello qui raggruppa soltanto attività: le sue attività finiscono nella fase sopra.'
      : `${n(count(p, 'count'))} attività di riepilogo sotto il primo livello qui raggruppano soltanto attività: le loro attività finiscono nella fase sopra.`,
  MSPDI_DURATIONS_ROUNDED: (p) => `Le durate che non erano giorni lavorativi interi sono state arrotondate per eccesso a giorni interi (${rowsOf(p)}).`,
  MSPDI_LAGS_ROUNDED: (p) => `I ritardi che non erano giorni lavorativi interi sono stati arrotondati a giorni interi (${rowsOf(p)}).`,
  MSPDI_FIRST_RESOURCE: (p) => `Le attività con più risorse prendono la prima come ruolo (${rowsOf(p)}).`,

  // Sensibilità della scelta del fornitore.
  SELECTION_NOT_COMPARABLE: () => 'Aggiungi almeno due fornitori, un criterio e qualche punteggio per poterli confrontare.',
  SELECTION_TIED: (p) => `${joinList('it', listParam(p, 'leader'))} sono in testa a pari merito: la valutazione non li distingue ancora.`,
  SELECTION_LEAD_ROBUST: (p) => `${joinList('it', listParam(p, 'leader'))} resta in testa anche se un singolo peso cambia del ${n(count(p, 'percent'))}%: il vantaggio è solido.`,
  SELECTION_LEAD_FRAGILE: (p) => {
    const leaders = listParam(p, 'leader');
    return `Il vantaggio è fragile: ${p['change'] === 'UP' ? 'aumentando' : 'riducendo'} del ${n(count(p, 'percent'))}% il peso di ${quoted(text(p, 'criterion'))}, ${leaders.length > 1 ? 'passano' : 'passa'} in testa ${joinList('it', leaders)}.`;
  },
};

const CADENCE_WORD: Record<string, string> = {
  NOT_PLANNED: 'non pianificata',
  UNDER: 'insufficiente',
  GAP: 'con una pausa troppo lunga',
  ON_TRACK: 'in linea',
  OVER: 'oltre il necessario',
};

import { csvColumnsWord, csvColumnWord } from './csv-column-wording';
import type { MessageCatalogue, MessageParams } from './message';
import { count, formatDay, formatNumber, joinList, listParam, plural, quoted, text } from './message-wording';

const n = (v: number) => formatNumber('nl', v);
const many = (v: number, one: string, other: string) => plural('nl', v, { one, other });
const day = (p: MessageParams, name: string) => formatDay('nl', text(p, name));
const field = (p: MessageParams) => (text(p, 'field') ? `Het veld ${text(p, 'field')}` : 'Deze waarde');
const more = (p: MessageParams) => `…en nog ${n(count(p, 'count'))}.`;

/** Het formaat van een gebruiksbestand, met de naam die het CRM ervoor gebruikt. */
/** Het type van een MS Project-koppeling (de Type-code) bij naam. */
function linkType(type: string): string {
  const names: Record<string, string> = { '0': 'einde-naar-einde', '2': 'begin-naar-einde', '3': 'begin-naar-begin' };
  return names[type] ?? type;
}

/** “rij 3” of “rijen 2, 3, 4, …”: waar een opmerking van de import over gaat. */
function rowsOf(p: MessageParams): string {
  return count(p, 'count') === 1 ? `rij ${text(p, 'rows')}` : `rijen ${text(p, 'rows')}`;
}

function usageFormat(format: string): string {
  const names: Record<string, string> = {
    SALESFORCE: 'een Salesforce-aanmeldgeschiedenis',
    DYNAMICS: 'een gebruikersactiviteitenrapport van Dynamics 365 / Microsoft 365',
    HUBSPOT: 'een HubSpot-aanmeldgeschiedenis',
    GENERIC: 'een CSV met e-mailadres, datum en eventueel een aantal',
  };
  return names[format] ?? format;
}

function goLiveSlip(p: MessageParams): string {
  const pace = `In het tempo van de afgelopen ${many(count(p, 'paceWeeks'), 'week', 'weken')}`;
  const names = listParam(p, 'driver').map(quoted);
  const extra = count(p, 'moreDrivers');
  const drivenBy = names.length === 0 ? '' : `; dit komt door ${extra > 0 ? `${names.join(', ')} en nog ${many(extra, 'taak', 'taken')}` : joinList('nl', names)}`;
  if (p['verdict'] === 'SLIPPING') {
    return `${pace} valt de go-live op ${day(p, 'forecastDate')}, ${many(count(p, 'slipDays'), 'werkdag', 'werkdagen')} na het doel van ${day(p, 'targetDate')}${drivenBy}.`;
  }
  const slowEnd =
    p['latestSlipDays'] === null || p['latestSlipDays'] === undefined
      ? 'in een van die weken is niets afgerond, dus in dat tempo komt het werk nooit af'
      : `in het tempo van de traagste week schiet hij er ${many(count(p, 'latestSlipDays'), 'werkdag', 'werkdagen')} overheen`;
  return `${pace} valt de go-live op ${day(p, 'forecastDate')}, binnen het doel van ${day(p, 'targetDate')}, maar ${slowEnd}${drivenBy}.`;
}

function urgentItems(p: MessageParams): string {
  const parts = [
    count(p, 'severity1') > 0 ? `${n(count(p, 'severity1'))} met ernst 1` : '',
    count(p, 'severity2') > 0 ? `${n(count(p, 'severity2'))} met ernst 2` : '',
  ].filter(Boolean);
  return `Er staan nog dringende supportmeldingen open (${joinList('nl', parts)}).`;
}

/** Dutch, for program teams in the Netherlands and Flanders: informal "je", as Dutch business software writes. */
/** How a template's duplicated key is named (`TEMPLATE_KEY_TWICE`'s `what`). */
const TEMPLATE_KEY_NAMES: Record<string, string> = { ROLE: 'De rolsleutel', PHASE: 'Het fasetype', TASK: 'De taaksleutel', KPI: 'De KPI-sleutel', MILESTONE: 'De mijlpaalsleutel' };

export const MESSAGES_NL: MessageCatalogue = {
  INVALID_INPUT: () => 'Een of meer ingevulde waarden kloppen niet.',
  SIGN_IN_REQUIRED: () => 'Log in om verder te gaan.',
  NOT_ALLOWED: () => 'Je hebt geen rechten om dit programma te wijzigen.',
  NOT_FOUND: () => 'Niet gevonden.',
  RECORD_CHANGED: () => 'Iemand anders heeft dit gewijzigd nadat jij het opende. Laad de pagina opnieuw en voer je wijziging daarna nog eens door.',
  GATE_BLOCKED: () => 'Deze fase kan nog niet worden afgerond.',
  STATE_NOT_ALLOWED: () => 'Deze wijziging kan niet in de huidige status.',
  WAITS_FOR_OPEN_TASKS: () => 'Deze taak wacht op taken die nog openstaan.',
  TOO_MANY_ATTEMPTS: () => 'Te veel pogingen. Wacht een minuut en probeer het opnieuw.',
  SERVICE_UNAVAILABLE: () => 'De dienst is even niet bereikbaar. Probeer het zo opnieuw.',
  REQUEST_TIMED_OUT: () => 'Het verzoek duurde te lang en de server heeft het afgebroken. Er is niets opgeslagen; probeer het zo opnieuw of vraag minder tegelijk op.',
  INTERNAL_ERROR: () => 'Er ging bij ons iets mis. De fout is vastgelegd.',
  REQUEST_INVALID: () => 'Dit is geen geldig GraphQL-verzoek.',

  REQUIRED: (p) => `${field(p)} is verplicht.`,
  TOO_LONG: (p) => `${field(p)} mag hoogstens ${many(count(p, 'max'), 'teken', 'tekens')} lang zijn.`,
  TOO_SHORT: (p) => `${field(p)} moet minstens ${many(count(p, 'min'), 'teken', 'tekens')} lang zijn.`,
  TOO_SMALL: (p) => `${field(p)} moet minstens ${n(count(p, 'min'))} zijn.`,
  TOO_LARGE: (p) => `${field(p)} mag hoogstens ${n(count(p, 'max'))} zijn.`,
  NOT_AN_ID: (p) => `${field(p)} moet een id zijn.`,
  NOT_A_WHOLE_NUMBER: (p) => `${field(p)} moet een geheel getal zijn.`,
  NOT_A_NUMBER: (p) => `${field(p)} moet een getal zijn.`,
  NOT_TEXT: (p) => `${field(p)} moet tekst zijn.`,
  NOT_YES_OR_NO: (p) => `${field(p)} moet waar of onwaar zijn.`,
  NOT_ONE_OF_CHOICES: (p) => `Kies voor ${field(p).toLowerCase()} een van de aangeboden mogelijkheden.`,
  NOT_A_LIST: (p) => `${field(p)} moet een lijst zijn.`,
  TOO_MANY_ITEMS: (p) => `${field(p)} mag hoogstens ${many(count(p, 'max'), 'item', 'items')} bevatten.`,
  TOO_FEW_ITEMS: (p) => `${field(p)} moet minstens ${many(count(p, 'min'), 'item', 'items')} bevatten.`,
  DUPLICATE_ITEMS: (p) => `${field(p)} bevat hetzelfde item twee keer.`,
  NOT_AN_EMAIL: (p) => `${field(p)} moet een e-mailadres zijn.`,
  NOT_A_DAY: (p) => `${field(p)} moet een datum zijn (JJJJ-MM-DD, tussen 1900 en 2999).`,
  NOT_A_TIME_ZONE: (p) => `${field(p)} moet een tijdzone zijn, zoals Europe/Amsterdam.`,
  NOT_A_DATE_TIME: (p) => `${field(p)} moet een datum met tijd zijn.`,
  NOT_A_URL: (p) => `${field(p)} moet een webadres zijn.`,
  UNKNOWN_FIELD: (p) => `${field(p)} hoort niet bij deze invoer.`,
  INVALID_VALUE: (p) => `${field(p)} klopt niet.`,
  CANNOT_BE_CLEARED: (p) => `${field(p)} kan niet worden leeggemaakt; laat het weg om de huidige waarde te houden.`,
  TEXT_HAS_NUL: (p) => `${field(p)} mag geen NUL-teken bevatten.`,
  TEXT_HAS_BROKEN_CHARACTER: (p) => `${field(p)} bevat een kapot teken (een half UTF-16-surrogaatpaar).`,

  NAME_TAKEN: () => 'Die naam is al in gebruik.',
  ROLE_NAME_TAKEN: () => 'Dit programma heeft al een rol met die naam.',
  KPI_NAME_TAKEN: () => 'Dit programma heeft al een KPI met die naam.',
  VENDOR_NAME_TAKEN: () => 'Deze leverancier staat al op de lijst.',
  BASELINE_NAME_TAKEN: () => 'Er bestaat al een baseline met die naam.',
  CRITERION_NAME_TAKEN: () => 'Er bestaat al een criterium met deze naam.',
  EMAIL_TAKEN: () => 'Iemand in de personenlijst heeft dit e-mailadres al.',
  SAME_CHANGE_AT_ONCE: () => 'Iemand anders deed op hetzelfde moment dezelfde wijziging. Laad de pagina opnieuw om die te zien.',
  PRIMARY_HOLDER_TAKEN: () => 'Iemand anders heeft op hetzelfde moment een andere persoon hoofdhouder van deze rol gemaakt. Laad opnieuw en probeer het nog eens.',
  ALREADY_HOLDS_ROLE: () => 'Deze persoon heeft de rol al; pas liever de inzet aan.',
  ALREADY_HOLDS_ROLE_IN_WAVE: () => 'Deze persoon heeft de rol in deze golf al; pas liever de inzet aan.',
  PREREQUISITE_REMOVED: () => 'Een van de taken waarop deze taak zou wachten is intussen verwijderd. Laad opnieuw en kies nog eens.',
  NOT_IN_DIRECTORY: () => 'Kies mensen uit de personenlijst van de organisatie.',
  NAME_NEEDS_LETTER: () => 'De naam moet minstens één letter of cijfer bevatten.',
  PLAN_HAS_LOOP: () => 'De planning kan niet worden doorgerekend: sommige taken wachten in een kring op elkaar.',
  TASK_DUE_BEFORE_START: () => 'De deadline moet op of na de startdatum liggen.',
  TASK_DURATION_OUT_OF_RANGE: (p) => `De duur moet een geheel aantal werkdagen van 0 tot ${n(count(p, 'max'))} zijn.`,
  TASK_DATES_DISAGREE: (p) => `Van ${day(p, 'startDate')} tot ${day(p, 'dueDate')} is ${many(count(p, 'days'), 'werkdag', 'werkdagen')}, niet ${n(count(p, 'durationDays'))}. Geef er twee van de drie op; de derde volgt vanzelf.`,
  RECORDS_GONE: () => 'Een deel van de selectie hoort niet meer bij dit programma. Laad opnieuw en probeer het nog eens.',
  NOT_REMOVED: () => 'Dit programma is niet verwijderd.',
  NOT_ARCHIVED: () => 'Dit programma is niet gearchiveerd.',
  PROGRAM_ARCHIVED: () => 'Dit programma is gearchiveerd; haal het uit het archief om het te wijzigen.',
  WRONG_CREDENTIALS: () => 'Het e-mailadres of wachtwoord klopt niet.',
  WRONG_PASSWORD: () => 'Je huidige wachtwoord klopt niet.',
  LINK_USED: () => 'Deze link is al gebruikt.',
  LINK_EXPIRED: (p) => (p['hours'] !== undefined ? `Deze link is verlopen (links werken ${many(count(p, 'hours'), 'uur', 'uur')}).` : 'Deze link is verlopen.'),
  SSO_REQUIRED: () => 'Jouw organisatie logt in via single sign-on. Kies “Inloggen met je organisatie”.',
  ACCOUNT_EXISTS: () => 'Er bestaat al een account met dit e-mailadres. Log in of stel je wachtwoord opnieuw in.',
  ACCOUNT_DEACTIVATED: () => 'Dit account is gedeactiveerd. Vraag het een beheerder van je organisatie.',
  ALREADY_MEMBER: (p) => (text(p, 'person') ? `${text(p, 'person')} is al lid van je organisatie.` : 'Deze persoon is al lid.'),
  OTHER_ORGANISATION: () => 'Dit e-mailadres heeft al een account bij een andere organisatie; een account hoort bij één organisatie.',
  INVITATION_REVOKED: () => 'Deze uitnodiging is ingetrokken. Vraag degene die je uitnodigde om een nieuwe.',
  INVITATIONS_PER_MINUTE: (p) => `Je hebt in de afgelopen minuut ${many(count(p, 'max'), 'uitnodiging', 'uitnodigingen')} verstuurd. Wacht een minuut en probeer het opnieuw.`,
  ADMIN_ONLY: () => 'Alleen een beheerder van je organisatie kan dit doen.',
  OWNER_ONLY: () => 'Alleen een eigenaar van dit programma (of een beheerder) kan dit doen.',
  SESSION_HELD: () => 'Deze sessie heeft al plaatsgevonden en kan niet meer worden geannuleerd.',
  SESSION_CANCELLED: () => 'Deze sessie is geannuleerd.',
  PERSON_LISTED_TWICE: () => 'Elke persoon mag maar één keer voorkomen.',
  SESSION_NOT_STARTED: () => 'Deze sessie is nog niet begonnen: tot die tijd kun je alleen uitgenodigd of afgemeld vastleggen.',
  TRAINER_ROLE_NEEDED: () => 'De trainer moet in dit programma de rol Trainer hebben; wijs die eerst toe op de teampagina.',
  NOBODY_NEEDS_RETRAINING: () => 'Niemand in deze golf heeft nu een herhaaltraining nodig.',
  PERSON_OR_UNIT: () => 'Beoordeel één persoon of één bedrijfsonderdeel, niet allebei.',
  WAVE_HYPERCARE_OVER: () => 'De hypercare van deze golf is voorbij: meld het bij de gewone servicedesk.',
  WAVE_NOT_LIVE_YET: () => 'Supportmeldingen horen bij golven die live zijn; deze is dat nog niet.',
  SENT_DAY_NEEDS_SENT: () => 'Alleen een bericht dat als verstuurd is gemarkeerd, heeft een verzenddatum.',
  SENT_DAY_IN_FUTURE: () => 'Een bericht kan niet zijn verstuurd op een dag die nog moet komen.',
  OTHER_PROJECT: () => 'Dit hoort bij een ander programma.',
  PHASE_COMPLETED: () => 'Deze fase is al afgerond.',
  PHASE_NOT_COMPLETED: () => 'Alleen een afgeronde fase kan worden heropend.',
  HAS_DEPENDANTS: () => 'Er hangen nog andere gegevens van af.',
  PARENT_REMOVED: () => 'Waar dit bij hoorde, is verwijderd; zet dat eerst terug.',
  TRASH_ENTRY_GONE: () => 'Dit staat niet meer in de prullenbak.',
  PROVIDER_UNREACHABLE: (p) => `Er antwoordde geen OpenID-provider op ${text(p, 'issuer')}/.well-known/openid-configuration. Controleer het adres.`,
  LOGIN_EXPIRED: () => 'Deze aanmelding is al afgerond, duurde te lang of is in een andere browser begonnen. Begin opnieuw.',
  INVALID_CURSOR: () => 'Deze paginacursor klopt niet; begin bij de eerste pagina.',
  TASK_ALREADY_UNDER_WAY: (p) => `${quoted(text(p, 'task'))} is al ${p['toDone'] === true || p['toDone'] === 'true' ? 'af' : 'bezig'} en kan dus niet wachten op taken die nog niet af zijn.`,
  PROCESS_NOT_VALIDATED_YET: () => 'Een proces moet gevalideerd zijn voordat het wordt geautomatiseerd. Valideer het herontworpen proces eerst met de mensen die het uitvoeren.',
  UNITS_NOT_IN_SCOPE: (p) => `${text(p, 'units')} ${count(p, 'count') === 1 ? 'valt' : 'vallen'} buiten de scope van alle golven van dit programma.`,
  CHOOSE_PROGRAM_ROLES: () => 'Kies rollen van dit programma.',
  CHOOSE_PROGRAM_SENDER_ROLE: () => 'Kies een rol van dit programma die het bericht verstuurt.',
  REQUIREMENTS_GONE: () => 'Een deel van de geselecteerde eisen hoort niet meer bij dit programma. Laad opnieuw en probeer het nog eens.',
  PERSON_NOT_IN_DIRECTORY: () => 'Er staat niemand met deze id in de personenlijst.',
  PEOPLE_NOT_IN_DIRECTORY: () => 'Sommige van deze mensen staan niet in de personenlijst.',
  NO_SUCH_ROLE: (p) => `Dit programma heeft geen rol met de sleutel ${text(p, 'roleKey')}.`,
  NO_SUCH_PHASE: () => 'Dit programma heeft zo’n fase niet.',
  NO_SUCH_MILESTONE: () => 'Dit programma heeft zo’n mijlpaal niet.',
  NO_SUCH_WAVE: () => 'Dit programma heeft zo’n golf niet.',
  NO_SUCH_KPI: (p) => `Dit programma heeft geen KPI met de sleutel ${text(p, 'kpiKey')}.`,
  EMPTY_PROGRAM_NO_TEMPLATE: () => 'Een leeg programma begint zonder sjabloon: laat templateId weg of kies het sjabloon STANDARD.',
  ACCOUNT_CREATED_MEANWHILE: () => 'Er is een account met dit e-mailadres aangemaakt nadat deze link werd verstuurd. Log in of stel je wachtwoord opnieuw in.',
  SIGN_UP_LINK_USED: () => 'Deze aanmeldlink is al gebruikt. Log in.',
  SIGN_UP_LINK_EXPIRED: (p) => `Deze aanmeldlink is verlopen (ze werken ${n(count(p, 'hours'))} uur). Meld je opnieuw aan voor een nieuwe.`,
  RESET_LINK_USED: () => 'Deze herstellink is al gebruikt. Vraag een nieuwe aan.',
  RESET_LINK_EXPIRED: (p) => `Deze herstellink is verlopen (ze werken ${n(count(p, 'minutes'))} minuten). Vraag een nieuwe aan.`,
  SESSION_ENDED: () => 'Je sessie is verlopen of ongeldig. Log opnieuw in.',
  SESSION_ALREADY_CANCELLED: () => 'Deze sessie is al geannuleerd.',
  NOT_A_TIME: (p) => `${field(p)} moet UU:MM zijn, bijvoorbeeld 09:30.`,
  OUT_OF_RANGE: (p) => `${field(p)} moet tussen ${n(count(p, 'min'))} en ${n(count(p, 'max'))} liggen.`,
  PREREQUISITES_SENT_TWICE: () => 'Geef de voorgangers één keer op: dependsOnIds of dependencies (met wachttijd), niet allebei.',
  PREREQUISITE_NAMED_TWICE: () => 'Noem elke voorganger maar één keer.',
  TASK_NAMED_TWICE: () => 'Noem elke taak maar één keer.',
  NOTHING_TO_CHANGE: () => 'Geef aan wat er moet veranderen: een status, een rol of een uitvoerder.',
  DEPENDENCY_OTHER_PROJECT: () => 'Een taak kan alleen wachten op taken van hetzelfde programma.',
  DEPENDENCY_LOOP: (p) => `Dan wachten de taken in een kring op elkaar: ${text(p, 'tasks')}.`,
  TASKS_CHANGED_MEANWHILE: (p) => `Er is niets gewijzigd: iemand anders heeft ${quoted(text(p, 'task'))} gewijzigd nadat jij het opende. Laad opnieuw en voer je wijziging daarna nog eens door.`,
  DEPENDANT_CHANGED_MEANWHILE: (p) => `Er is niets gewijzigd: ${quoted(text(p, 'task'))}, dat op deze taak wacht, is intussen door iemand anders gewijzigd. Laad de planning opnieuw en verplaats de taak nog eens.`,
  TASK_WAITS_FOR_OPEN_TASKS: (p) => `${quoted(text(p, 'task'))} kan niet ${p['toDone'] === true || p['toDone'] === 'true' ? 'af' : 'beginnen'} zolang het wacht op taken die nog niet af zijn.`,
  WAVE_LIVE_DATE_FIXED: () => 'Deze golf is al live, dus de go-livedatum kan niet meer verschuiven.',
  WAVE_ALREADY_LIVE: (p) => `${text(p, 'wave')} is al live.`,
  WAVE_ALREADY_CLOSED: (p) => `${text(p, 'wave')} is al afgesloten.`,
  WAVE_NOT_LIVE_TO_CLOSE: (p) => `${text(p, 'wave')} is nog niet live; alleen een golf die live is, kan worden afgesloten.`,
  NO_SIGN_OFF_ASKED: () => 'Dit criterium vraagt om geen akkoord.',
  SIGNING_ROLE_NEEDED: (p) => `Alleen wie in dit programma de rol ${text(p, 'role')} heeft, kan dit criterium aftekenen.`,
  CRITERION_NOT_MET_YET: () => 'Dit criterium is nog niet gehaald en kan dus niet worden afgetekend.',
  USE_COMPLETE_PHASE: () => 'Rond een fase af met completePhase; dat controleert de exitcriteria.',
  CRITERION_CHECKS_ITSELF: () => 'Dit criterium toetst zichzelf aan de gegevens van het programma: je kunt het niet met de hand aanvinken.',
  MILESTONE_ALREADY_DONE: () => 'Deze mijlpaal is al bereikt.',
  WINDOW_ENDS_BEFORE_START: () => 'De periode moet eindigen op of na de dag waarop ze begint (from).',
  KIND_GIVEN_TWICE: (p) => `${text(p, 'kind')} staat er twee keer in.`,
  KPI_NAMED_TAKEN: (p) => `Dit programma heeft al een KPI met de naam ${quoted(text(p, 'name'))}.`,
  MEASURED_IN_FUTURE: (p) => `${day(p, 'measuredOn')} ligt in de toekomst (vandaag is het ${day(p, 'today')}). Leg een waarde vast op of na de dag van de meting.`,
  AUTHOR_ONLY: () => 'Alleen de schrijver kan een opmerking wijzigen.',
  AUTHOR_OR_OWNER_ONLY: () => 'Alleen de schrijver of een eigenaar van het programma kan een opmerking verwijderen.',
  NOT_DEACTIVATED: (p) => `${text(p, 'person')} is niet gedeactiveerd.`,
  LAST_ADMIN: () => 'Je organisatie heeft minstens één actieve beheerder nodig. Maak eerst iemand anders beheerder.',
  PERMISSION_NEEDS_PROGRAM: () => 'Een recht hoort bij een programma: noem ook het programma.',
  PERSON_DEACTIVATED: (p) => `Het account van ${text(p, 'person')} is gedeactiveerd. Een beheerder kan het eerst weer activeren.`,
  ALREADY_OWNS_PROGRAM: (p) => `${text(p, 'person')} is al eigenaar van dit programma.`,
  PASSWORD_TO_ACCEPT: () => 'Je hebt al een account: vul het wachtwoord ervan in om te accepteren.',
  ACCOUNT_JUST_CREATED: () => 'Er is zojuist een account met dit e-mailadres aangemaakt. Open de link opnieuw.',
  INVITATION_ACCEPTED: () => 'Deze uitnodiging is al geaccepteerd. Log in.',
  INVITATION_EXPIRED: (p) => `Deze uitnodiging is verlopen (ze blijven ${n(count(p, 'days'))} dagen geldig). Vraag degene die je uitnodigde om haar opnieuw te sturen.`,
  CHOOSE_PROJECT_VENDOR: () => 'Kies een van de leveranciers van dit programma.',
  REQUIREMENTS_OTHER_PROJECT: () => 'Gebruik alleen eisen van dit programma.',
  STATUS_CHANGE_NOT_ALLOWED: () => 'Een melding met deze status kan niet naar die status.',
  SEVERITY_GIVEN_TWICE: (p) => `Ernst ${text(p, 'severity')} staat er twee keer in.`,
  CLIENT_ID_REQUIRED: () => 'Vul de client-id in die de provider aan deze app gaf.',
  CLIENT_SECRET_REQUIRED: () => 'Vul het clientgeheim in dat de provider aan deze app gaf.',
  NOT_EMAIL_DOMAINS: (p) => `${text(p, 'domains')} is geen e-maildomein zoals example.com.`,
  DOMAINS_NOT_PROVEN: (p) => `Geen beheerder van je organisatie heeft een e-mailadres bij ${text(p, 'domains')}. Nodig eerst een beheerder met zo’n adres uit: alleen domeinen waar je beheerders een mailbox hebben, kunnen worden toegestaan.`,
  RESTORE_PLACE_TAKEN: () => 'Dit kan niet terugkomen zoals het was: intussen is er iets met dezelfde naam of plaats toegevoegd. Hernoem of verwijder dat eerst en zet dit daarna terug.',
  TEMPLATE_NAME_REQUIRED: () => 'Geef het sjabloon een naam (het veld "name"), zodat het in de lijst te herkennen is.',
  TEMPLATE_UNREADABLE: () => 'Het sjabloon is geen leesbaar programmasjabloon.',
  PROJECT_OWNER_ONLY: () => 'Alleen de eigenaar van het programma kan dit doen.',
  VIEW_ONLY: () => 'Je kunt dit programma bekijken, maar niet wijzigen. Vraag de eigenaar om bewerkrechten.',
  LAST_OWNER: () => 'Een programma heeft minstens één eigenaar nodig.',
  READINESS_ITEM_NOT_DONE: (p) => `Nog niet klaar: ${text(p, 'item')}`,
  TOO_BUSY_TO_APPLY: () => 'Andere wijzigingen aan dezelfde gegevens zaten steeds in de weg, dus er is niets opgeslagen. Probeer het zo opnieuw.',
  PHASE_GATE_BLOCKED: (p) => `${text(p, 'phase')} kan nog niet worden afgerond.`,
  WAVE_GO_LIVE_BLOCKED: (p) => `${text(p, 'wave')} kan nog niet live gaan.`,
  HYPERCARE_EXIT_BLOCKED: (p) => `De hypercare van ${text(p, 'wave')} kan nog niet stoppen.`,

  MILESTONES_OVERDUE: (p) =>
    `${many(count(p, 'count'), 'mijlpaal', 'mijlpalen')} over tijd; ${quoted(text(p, 'milestone'))} loopt het verst achter, ${many(count(p, 'days'), 'dag', 'dagen')} te laat.`,
  CRITICAL_TASKS_UNOWNED: (p) => `${many(count(p, 'count'), 'kritieke taak', 'kritieke taken')} zonder eigenaar.`,
  OPEN_TASKS_UNOWNED: (p) => `${many(count(p, 'count'), 'open taak', 'open taken')} zonder eigenaar.`,
  ROLES_UNFILLED: (p) => {
    const roles = listParam(p, 'role');
    return `Niemand vervult ${roles.length === 1 ? 'de rol' : 'de rollen'} ${roles.join(', ')}.`;
  },
  PERSON_OVERBOOKED: (p) => `${text(p, 'person')} is over alle actieve programma’s voor ${n(count(p, 'percent'))}% ingepland.`,
  WAVE_TRAINING_NOT_PLANNED: (p) => `${text(p, 'wave')} is live, maar er is geen training gepland in de eerste 90 dagen.`,
  WAVE_TRAINING_UNDER: (p) => `${text(p, 'wave')} heeft minder dan de ${n(count(p, 'min'))} trainingen die de eerste 90 dagen nodig hebben.`,
  WAVE_TRAINING_GAPS: (p) => `${text(p, 'wave')} heeft ${many(count(p, 'count'), 'periode', 'periodes')} van meer dan 30 dagen zonder training.`,
  WAVE_RETRAINING_NEEDED: (p) => `${many(count(p, 'count'), 'persoon', 'personen')} in ${text(p, 'wave')} ${count(p, 'count') === 1 ? 'heeft' : 'hebben'} een herhaaltraining nodig.`,
  WAVE_GO_LIVE_OUTSIDE_PHASE: (p) =>
    p['side'] === 'BEFORE'
      ? `${text(p, 'wave')} gaat live op ${day(p, 'goLiveDate')}, vóór het begin van de uitrolfase (${day(p, 'phaseDate')}).`
      : `${text(p, 'wave')} gaat live op ${day(p, 'goLiveDate')}, na het einde van de uitrolfase (${day(p, 'phaseDate')}).`,
  GO_LIVE_FORECAST_SLIP: goLiveSlip,
  COMMUNICATIONS_OVERDUE: (p) =>
    `${many(count(p, 'count'), 'gepland bericht', 'geplande berichten')} niet op tijd verstuurd; ${quoted(text(p, 'title'))} voor ${text(p, 'wave')} loopt het verst achter, ${many(count(p, 'days'), 'dag', 'dagen')} te laat.`,
  KPI_OFF_TRACK: (p) => `${text(p, 'kpi')} ligt niet op koers.`,
  KPI_AT_RISK: (p) => `${text(p, 'kpi')} loopt gevaar.`,
  RISK_HIGH: (p) => `Risico ${quoted(text(p, 'risk'))} scoort ${n(count(p, 'score'))} van ${n(count(p, 'max'))}.`,
  SUPPORT_TARGETS_MISSED: (p) => {
    const open = count(p, 'count');
    const what = `${many(open, 'supportmelding', 'supportmeldingen')} in ${text(p, 'wave')} ${open === 1 ? 'heeft haar' : 'hebben hun'} streeftijd gemist`;
    return count(p, 'urgent') > 0 ? `${what}, waarvan ${n(count(p, 'urgent'))} met ernst 1 of 2.` : `${what}.`;
  },

  EXIT_CRITERION_NOT_MET: (p) => `Exitcriterium niet gehaald: ${text(p, 'criterion')}`,
  EXIT_CRITERION_AWAITING_SIGN_OFF: (p) => `Exitcriterium niet gehaald: ${text(p, 'criterion')} (wacht op het akkoord van ${text(p, 'role') || 'de gevraagde rol'})`,
  EXIT_CRITERION_SIGN_OFF_LAPSED: (p) =>
    `Exitcriterium niet gehaald: ${text(p, 'criterion')} (afgetekend door ${text(p, 'role') || 'de gevraagde rol'} op feiten die sindsdien veranderd zijn: teken opnieuw af)`,
  MILESTONE_NOT_DONE: (p) => `Mijlpaal niet bereikt: ${text(p, 'milestone')}`,
  TASK_NOT_DONE: (p) => `Taak niet af: ${text(p, 'task')}`,
  MORE_TASKS_NOT_DONE: (p) => `Nog ${many(count(p, 'count'), 'taak', 'taken')} niet af`,

  TICKED: () => 'Het vakje is aangevinkt.',
  NOT_TICKED: () => 'Het vakje is nog niet aangevinkt.',
  NO_MUST_REQUIREMENTS: () => 'Er is nog geen MUST-eis vastgelegd.',
  MUST_REQUIREMENTS_TRACED: (p) => `${n(count(p, 'traced'))} van de ${n(count(p, 'total'))} MUST-eisen zijn gekoppeld aan een selectiecriterium.`,
  MUST_REQUIREMENT_UNTRACED: (p) => `Aan geen enkel criterium gekoppeld: ${text(p, 'requirement')}.`,
  MUST_REQUIREMENT_UNTRACED_MORE: more,
  NO_VENDORS: () => 'Er wordt nog geen leverancier beoordeeld.',
  VENDOR_SCORES_GIVEN: (p) => `${n(count(p, 'given'))} van de ${n(count(p, 'total'))} scores op de MUST-criteria zijn gegeven.`,
  VENDOR_SCORE_MISSING: (p) => `Nog geen score: ${text(p, 'score')}.`,
  VENDOR_SCORE_MISSING_MORE: more,
  DECISION_RECORDED: () => 'De keuze voor een leverancier is vastgelegd.',
  NO_DECISION: () => 'Er is nog geen keuze voor een leverancier vastgelegd.',
  NO_PROCESSES: () => 'Er is nog geen proces beschreven.',
  PROCESSES_VALIDATED: (p) => `${n(count(p, 'validated'))} van de ${n(count(p, 'total'))} processen zijn gevalideerd.`,
  PROCESS_NOT_VALIDATED: (p) => `Nog niet gevalideerd: ${text(p, 'process')}.`,
  PROCESS_NOT_VALIDATED_MORE: more,
  NO_WAVES: () => 'Er is nog geen uitrolgolf gepland.',
  WAVE_GONE: () => 'De golf die deze regel beoordeelde, hoort niet meer bij het programma.',
  WAVE_WITHOUT_SCOPE: (p) => `${text(p, 'wave')} heeft nog geen scope.`,
  WAVE_WITHOUT_KEY_USERS: (p) => `${text(p, 'wave')} heeft nog geen key users.`,
  WAVE_STAFFED: (p) => `${text(p, 'wave')} heeft een scope en ${many(count(p, 'keyUsers'), 'key user', 'key users')}.`,
  NO_LIVE_WAVES: () => 'Er is nog geen uitrolgolf live.',
  WAVE_SEVERE_ITEMS: (p) =>
    count(p, 'open') === 0
      ? `${text(p, 'wave')} heeft geen openstaande supportmelding met ernst 1 of 2.`
      : `${text(p, 'wave')} heeft ${many(count(p, 'open'), 'openstaande supportmelding', 'openstaande supportmeldingen')} met ernst 1 of 2.`,
  WAVE_CADENCE: (p) => `${text(p, 'wave')}: trainingsritme ${CADENCE_WORD[text(p, 'status')] ?? text(p, 'status')}.`,
  NO_KPIS: () => 'Het programma heeft nog geen KPI’s.',
  KPI_BASELINES: (p) => `${n(count(p, 'recorded'))} van de ${n(count(p, 'total'))} KPI’s hebben een nulmeting.`,
  KPI_WITHOUT_BASELINE: (p) => `Nog geen nulmeting: ${text(p, 'kpi')}.`,
  KPI_WITHOUT_BASELINE_MORE: more,
  KPI_GONE: (p) => `De KPI ${text(p, 'kpi')} hoort niet meer bij het programma.`,
  KPI_NOT_MEASURED: (p) => `${text(p, 'kpi')} is nog niet gemeten (moet ${text(p, 'threshold')} halen).`,
  KPI_LATEST: (p) => `${text(p, 'kpi')} staat op ${text(p, 'latest')}; moet ${text(p, 'threshold')} halen.`,
  NO_ROLES_NEEDED: () => 'De open taken van de fase vragen om geen enkele rol.',
  ROLES_HELD: (p) => `${n(count(p, 'held'))} van de ${n(count(p, 'total'))} rollen die de taken van de fase nodig hebben, zijn bezet.`,
  ROLE_NOT_HELD: (p) => `Niemand vervult ${text(p, 'role')}.`,
  ROLE_NOT_HELD_MORE: more,

  WAVE_NOT_LIVE: () => 'De golf is nog niet live.',
  URGENT_ITEMS_OPEN: urgentItems,
  VOLUME_NOT_FALLING: (p) =>
    `Het aantal nieuwe meldingen is niet twee weken op rij gedaald: ${n(count(p, 'twoWeeksAgo'))}, dan ${n(count(p, 'lastWeek'))}, dan ${n(count(p, 'thisWeek'))} deze week.`,

  CADENCE_NOT_PLANNED: () => 'Er is geen training gepland in de eerste 90 dagen.',
  CADENCE_UNDER: () => 'Minder trainingen dan de eerste 90 dagen nodig hebben.',
  CADENCE_GAP: () => 'Er zitten meer dan 30 dagen zonder training tussen.',
  CADENCE_ON_TRACK: () => 'De training ligt op schema.',
  CADENCE_OVER: () => 'Meer trainingen dan de eerste 90 dagen nodig hebben.',

  // Regelproblemen van een veld.
  RULE_SETTING_NOT_TAKEN: (p) => `Een regel van het soort ${text(p, 'kind')} kent geen ${text(p, 'setting')}.`,
  RULE_NEEDS_KPI: () => 'Geef aan welke KPI de regel leest (de sleutel ervan).',
  CARRY_OVER_TO_EARLIER_PHASE: () => 'Je kunt taken alleen doorschuiven naar een latere fase.',
  CARRY_OVER_TO_COMPLETED_PHASE: () => 'Die fase is al afgerond; kies een fase die nog openstaat.',
  CARRY_OVER_NOTHING_PICKED: () => 'Kies minstens één taak om door te schuiven.',
  CARRY_OVER_OTHER_PHASE_TASKS: () => 'Je kunt alleen taken doorschuiven van de fase die je afsluit.',
  CARRY_OVER_DONE_TASKS: () => 'Afgeronde taken blijven bij hun fase; schuif alleen open taken door.',
  PLANNED_END_BEFORE_START: () => 'Het geplande einde mag niet vóór de geplande start liggen.',
  MILESTONE_TO_COMPLETED_PHASE: () => 'Die fase is al afgerond; een open mijlpaal kan alleen naar een fase die nog openstaat.',
  GO_LIVE_NOT_AFTER_START: () => 'De beoogde livegang moet na de startdatum liggen.',
  SUPPORT_TARGET_OUT_OF_RANGE: (p) => `Een norm is een geheel aantal minuten van 1 tot ${n(count(p, 'max'))} (${many(count(p, 'days'), 'werkdag', 'werkdagen')}).`,
  RESOLUTION_BEFORE_RESPONSE: () => 'De oplostijd mag niet korter zijn dan de reactietijd.',
  PERCENT_OUT_OF_RANGE: (p) => `Een percentage ligt tussen ${n(count(p, 'min'))} en ${n(count(p, 'max'))}; ${n(count(p, 'value'))} valt daarbuiten.`,
  LAG_NOT_WHOLE_DAYS: () => 'Een wachttijd moet een geheel aantal werkdagen zijn.',
  LAG_OUT_OF_RANGE: (p) => `Een wachttijd ligt tussen -${n(count(p, 'max'))} en +${n(count(p, 'max'))} werkdagen.`,

  // Waarom iemand wel of niet meer op de bijscholingslijst staat wegens geen gebruik van het CRM.
  INACTIVE_SINCE_GO_LIVE: (p) => `Het CRM niet gebruikt sinds de livegang op ${day(p, 'goLiveDate')} (${many(count(p, 'days'), 'dag', 'dagen')}).`,
  NO_ACTIVITY_FOR_DAYS: (p) => `Het CRM ${many(count(p, 'days'), 'dag', 'dagen')} niet gebruikt (laatst actief op ${day(p, 'lastActiveOn')}).`,
  USING_CRM_AGAIN: (p) => `Gebruikt het CRM weer (laatst actief op ${day(p, 'lastActiveOn')}).`,
  ASKED_FOR_HELP: (p) => `Vroeg om hulp: ${text(p, 'topic')}`,

  // Problemen van een geïmporteerd bestand of een rij ervan.
  IMPORT_MISSING_COLUMNS: (p) => `${count(p, 'count') > 1 ? 'Kolommen ontbreken' : 'Kolom ontbreekt'}: ${csvColumnsWord('nl', p, 'columns')}.`,
  IMPORT_ROW_UNREADABLE: (p) => `Deze rij is niet te lezen: ${text(p, 'detail')}.`,
  REQUIREMENTS_FILE_EMPTY: () => 'Het bestand heeft een kopregel maar geen eisen.',
  REQUIREMENTS_TOO_MANY: (p) => `Importeer hoogstens ${n(count(p, 'max'))} eisen tegelijk.`,
  CELL_REQUIRED: (p) => `De kolom ${quoted(csvColumnWord('nl', p, 'column'))} moet ingevuld zijn.`,
  CELL_TOO_LONG: (p) => `De kolom ${quoted(csvColumnWord('nl', p, 'column'))} mag hoogstens ${many(count(p, 'max'), 'teken', 'tekens')} bevatten.`,
  CELL_NOT_ONE_OF: (p) => `De kolom ${quoted(csvColumnWord('nl', p, 'column'))} moet een van deze waarden hebben: ${text(p, 'choices')}${text(p, 'given') ? `, niet "${text(p, 'given')}"` : ''}.`,
  CELL_NOT_AN_EMAIL: (p) => `"${text(p, 'value')}" in de kolom ${quoted(csvColumnWord('nl', p, 'column'))} is geen e-mailadres.`,
  STAKEHOLDER_NOT_IN_DIRECTORY: (p) => `Niemand met het e-mailadres ${text(p, 'email')} staat in de personenlijst; voeg die persoon eerst toe of laat stakeholder_email leeg.`,
  USAGE_HEADER_MISMATCH: (p) =>
    `Deze kopregel hoort niet bij ${usageFormat(text(p, 'format'))} (verwacht zijn kolommen zoals "${text(p, 'expected')}").${text(p, 'detected') ? ` Het lijkt op ${usageFormat(text(p, 'detected'))}: kies dat formaat.` : ''}`,
  USAGE_FILE_EMPTY: () => 'Het bestand heeft een kopregel maar geen rijen.',
  USAGE_TOO_MANY_ROWS: (p) => `Importeer hoogstens ${n(count(p, 'max'))} rijen tegelijk; splits de export op periode.`,
  USAGE_EMAIL_MISSING: () => 'Het e-mailadres ontbreekt.',
  USAGE_DATE_MISSING: () => 'De datum ontbreekt.',
  USAGE_DATE_NOT_REAL: (p) => `"${text(p, 'value')}" is geen bestaande datum.`,
  USAGE_DATE_NO_MONTH: (p) => `"${text(p, 'value')}" wordt gelezen als maand/dag/jaar en maand ${text(p, 'month')} bestaat niet; exporteer datums als JJJJ-MM-DD.`,
  USAGE_DATE_UNREADABLE: (p) => `"${text(p, 'value')}" is geen datum; gebruik JJJJ-MM-DD of de datum zoals het CRM die exporteerde.`,
  USAGE_DATE_IN_FUTURE: (p) => `${day(p, 'day')} ligt in de toekomst.`,
  USAGE_COUNT_INVALID: (p) => `Het aantal "${text(p, 'value')}" moet een geheel getal van 0 tot ${n(count(p, 'max'))} zijn.`,

  // Problemen van een geïmporteerde planning, en wat de import onderweg aanpaste.
  PLAN_MISSING_COLUMNS: (p) => `${count(p, 'count') > 1 ? 'Kolommen ontbreken' : 'Kolom ontbreekt'}: ${csvColumnsWord('nl', p, 'columns')}. De kolommen zijn ${csvColumnsWord('nl', p, 'expected')}.`,
  PLAN_IGNORED_COLUMNS: (p) => `${count(p, 'count') > 1 ? 'Kolommen genegeerd' : 'Kolom genegeerd'}: ${csvColumnsWord('nl', p, 'columns')}.`,
  PLAN_NOT_A_DATE: (p) => `“${text(p, 'value')}” is geen datum; schrijf die als JJJJ-MM-DD.`,
  PLAN_DURATION_INVALID: (p) => `De duur is een geheel aantal werkdagen van 0 tot ${n(count(p, 'max'))}, niet “${text(p, 'value')}”.`,
  PLAN_PREDECESSOR_UNREADABLE: (p) => `“${text(p, 'value')}” is geen voorganger; schrijf rijnummers, eventueel met een wachttijd, zoals “3; 5+2d”.`,
  PLAN_LINK_TYPE_IN_CSV: (p) => `“${text(p, 'value')}”: alleen einde-naar-begin-koppelingen kunnen (een taak begint als de rij waarop ze wacht klaar is).`,
  PLAN_EMPTY: () => 'Het bestand bevat geen taken of mijlpalen om te importeren.',
  PLAN_TOO_LARGE: (p) => `Importeer hoogstens ${n(count(p, 'max'))} taken en mijlpalen tegelijk; dit bestand heeft er ${n(count(p, 'count'))}. Splits de planning per fase.`,
  PLAN_PHASE_REQUIRED: () => 'Geef de fase op waar dit bij hoort.',
  PLAN_PHASE_NAME_TOO_LONG: (p) => `Fasenamen zijn hoogstens ${many(count(p, 'max'), 'teken', 'tekens')} lang.`,
  PLAN_TASK_TITLE_REQUIRED: () => 'Geef de taak een titel.',
  PLAN_TASK_TITLE_TOO_LONG: (p) => `Titels zijn hoogstens ${many(count(p, 'max'), 'teken', 'tekens')} lang.`,
  PLAN_ROLE_REQUIRED: (p) => `Geef de rol op die het uitvoert: ${joinList('nl', listParam(p, 'role'))}.`,
  PLAN_NO_SUCH_ROLE: (p) => `Dit programma heeft geen rol “${text(p, 'name')}”. Kies uit: ${joinList('nl', listParam(p, 'role'))}.`,
  PLAN_MILESTONE_NAME_REQUIRED: () => 'Geef de mijlpaal een naam.',
  PLAN_MILESTONE_NAME_TOO_LONG: (p) => `Namen van mijlpalen zijn hoogstens ${many(count(p, 'max'), 'teken', 'tekens')} lang.`,
  PLAN_MILESTONE_DUE_REQUIRED: () => 'Geef de dag op waarop de mijlpaal bereikt moet zijn.',
  PLAN_NEW_PHASE_NEEDS_DATES: (p) => `De nieuwe fase “${text(p, 'phase')}” heeft datums nodig: geef de taken of mijlpalen ervan een datum, of maak de fase eerst aan.`,
  PLAN_PHASE_ENDS_BEFORE_START: (p) => `De fase “${text(p, 'phase')}” zou eindigen voordat ze begint.`,
  PLAN_NO_SUCH_ROW: (p) => `Er is geen rij ${text(p, 'ref')} in het bestand om op te wachten.`,
  PLAN_TASK_WAITS_FOR_ITSELF: () => 'Een taak kan niet op zichzelf wachten.',
  PLAN_LAG_OUT_OF_RANGE: (p) => `Een wachttijd is een geheel aantal werkdagen van -${n(count(p, 'max'))} tot ${n(count(p, 'max'))}.`,
  PLAN_MILESTONES_BRIDGED: (p) =>
    count(p, 'count') === 1
      ? '1 mijlpaal wacht op taken; mijlpalen hebben hier geen koppelingen, dus de taken erna wachten direct op die taken.'
      : `${n(count(p, 'count'))} mijlpalen wachten op taken; mijlpalen hebben hier geen koppelingen, dus de taken erna wachten direct op die taken.`,
  PLAN_LOOP: (p) => `Deze rijen wachten in een kring op elkaar: ${text(p, 'rows')}. Haal een van de koppelingen weg.`,
  PLAN_XML_NOT_CSV: () => 'Dit lijkt XML, geen CSV: kies MS Project XML als formaat.',
  PLAN_NOT_XML: () => 'Dit is geen XML: kies CSV als formaat, of sla de planning in MS Project op als XML.',
  PLAN_XML_DOCTYPE: () => 'Het bestand declareert een DOCTYPE of entiteiten, wat MS Project-bestanden nooit doen; sla de planning opnieuw op vanuit MS Project.',
  TEMPLATE_FIELD_MISSING: () => 'ontbreekt',
  TEMPLATE_FIELD_UNKNOWN: () => 'is hier geen veld van een sjabloon',
  TEMPLATE_NOT_ONE_OF: (p) => `moet een van deze zijn: ${text(p, 'choices')}`,
  TEMPLATE_WHEN_INVALID: () => 'moet "at" (een fractie van 0 tot 1) of "afterGoLiveDays" (hele dagen) zijn, niet allebei',
  TEMPLATE_KEY_INVALID: () => 'moet een sleutel van letters, cijfers, "-" of "_" zijn (hoogstens 64 tekens)',
  TEMPLATE_VALUE_INVALID: (p) => (text(p, 'detail') ? `is ongeldig (${text(p, 'detail')})` : 'is ongeldig'),
  TEMPLATE_KEY_TWICE: (p) => `${TEMPLATE_KEY_NAMES[text(p, 'what')] ?? 'De sleutel'} "${text(p, 'key')}" komt twee keer voor`,
  TEMPLATE_NO_SUCH_ROLE: (p) => `moet een rol van het sjabloon zijn; er is geen rol "${text(p, 'key')}"`,
  TEMPLATE_NO_SUCH_KPI: (p) => `moet een KPI van het sjabloon zijn; er is geen KPI "${text(p, 'key')}"`,
  TEMPLATE_NO_SUCH_PHASE: (p) => `moet een fase van het sjabloon zijn; er is geen fase ${text(p, 'kind')}`,
  TEMPLATE_NO_SUCH_MILESTONE: (p) => `er is geen mijlpaal "${text(p, 'key')}"`,
  TEMPLATE_NO_SUCH_TASK: (p) => `er is geen taak "${text(p, 'key')}"`,
  TEMPLATE_TASK_NAMED_TWICE: (p) => `noemt de taak "${text(p, 'key')}" een tweede keer`,
  TEMPLATE_DEPENDENCY_LOOP: (p) => `maakt een kring rond: ${text(p, 'loop')}`,
  TEMPLATE_WINDOW_BACKWARDS: () => 'mag niet eindigen voordat het begint',
  TEMPLATE_BLANK: () => 'mag niet leeg zijn',
  TEMPLATE_TOO_LARGE: (p) => `Het sjabloon is te groot: hoogstens ${n(count(p, 'max') / 1000)} duizend tekens.`,
  TEMPLATE_NOT_JSON: (p) => `Dit is geen geldige JSON: ${text(p, 'detail')}`,
  ADOPTION_MEASURED_BY_IMPORT: (p) => `Uit de import van gebruiksgegevens: ${n(count(p, 'active'))} van de ${n(count(p, 'licensed'))} gebruikers met licentie waren de afgelopen 30 dagen actief.`,
  RETRAINING_AUDIENCE: () => 'Wie sessies heeft gemist of het CRM nog niet gebruikt',
  PLAN_XML_MALFORMED: (p) => `Het bestand is geen geldige XML (regel ${text(p, 'line')}: ${text(p, 'detail')}).`,
  MSPDI_NOT_PROJECT: () => 'Dit is geen MS Project XML-bestand: het heeft geen <Project>-element. Kies in MS Project Bestand › Opslaan als › XML.',
  MSPDI_NOT_A_DATE_TIME: (p) => `“${text(p, 'value')}” is geen datum met tijd zoals 2027-03-01T08:00:00.`,
  MSPDI_NOT_UNDER_SUMMARY: (p) => `“${text(p, 'task')}” staat niet onder een samenvattingstaak. Samenvattingstaken op het hoogste niveau worden de fasen van het programma: laat deze taak onder een ervan inspringen.`,
  MSPDI_EXTERNAL_LINK: () => 'Koppelingen naar taken in andere MS Project-bestanden kunnen niet worden geïmporteerd; haal ze eerst weg.',
  MSPDI_LINK_TYPE: (p) => `Alleen einde-naar-begin-koppelingen kunnen; deze taak heeft een koppeling van het type ${linkType(text(p, 'type'))}. Maak er in MS Project einde-naar-begin van, of haal hem weg.`,
  MSPDI_LINK_TO_SUMMARY: () => 'Deze taak wacht op een samenvattingstaak, die hier een fase wordt; koppel haar liever aan een taak binnen die samenvatting.',
  MSPDI_LAG_PERCENT: () => 'Wachttijden in procenten kunnen niet worden geïmporteerd; geef de wachttijd in dagen.',
  MSPDI_NOT_A_LAG: (p) => `“${text(p, 'value')}” is geen wachttijd.`,
  MSPDI_NOT_A_DURATION: (p) => `“${text(p, 'value')}” is geen duur zoals PT40H0M0S.`,
  MSPDI_NESTED_SUMMARIES: (p) =>
    count(p, 'count') === 1
      ? '1 samenvattingstaak onder het hoogste niveau groepeert hier alleen taken: die taken komen in de fase erboven.'
      : `${n(count(p, 'count'))} samenvattingstaken onder het hoogste niveau groeperen hier alleen taken: die taken komen in de fase erboven.`,
  MSPDI_DURATIONS_ROUNDED: (p) => `Looptijden die geen hele werkdagen waren, zijn naar boven afgerond op hele dagen (${rowsOf(p)}).`,
  MSPDI_LAGS_ROUNDED: (p) => `Wachttijden die geen hele werkdagen waren, zijn afgerond op hele dagen (${rowsOf(p)}).`,
  MSPDI_FIRST_RESOURCE: (p) => `Taken met meerdere resources krijgen de eerste als rol (${rowsOf(p)}).`,

  // Gevoeligheid van de leverancierskeuze.
  SELECTION_NOT_COMPARABLE: () => 'Voeg minstens twee leveranciers, één criterium en een paar scores toe om ze te vergelijken.',
  SELECTION_TIED: (p) => `${joinList('nl', listParam(p, 'leader'))} staan samen bovenaan: de beoordeling maakt nog geen onderscheid tussen hen.`,
  SELECTION_LEAD_ROBUST: (p) => `${joinList('nl', listParam(p, 'leader'))} blijft voorop, ook als één gewicht ${n(count(p, 'percent'))}% verandert: de voorsprong is stevig.`,
  SELECTION_LEAD_FRAGILE: (p) => {
    const leaders = listParam(p, 'leader');
    return `De voorsprong is wankel: als je het gewicht van ${quoted(text(p, 'criterion'))} ${n(count(p, 'percent'))}% ${p['change'] === 'UP' ? 'verhoogt' : 'verlaagt'}, ${leaders.length > 1 ? 'komen' : 'komt'} ${joinList('nl', leaders)} voorop.`;
  },
};

const CADENCE_WORD: Record<string, string> = {
  NOT_PLANNED: 'niet gepland',
  UNDER: 'te weinig',
  GAP: 'met een gat',
  ON_TRACK: 'op schema',
  OVER: 'meer dan nodig',
};

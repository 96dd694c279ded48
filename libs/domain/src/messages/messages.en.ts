import { csvColumnsWord, csvColumnWord } from './csv-column-wording';
import type { MessageCatalogue, MessageParams } from './message';
import { count, formatDay, formatNumber, joinList, listParam, plural, quoted, text } from './message-wording';

const n = (v: number) => formatNumber('en', v);
const many = (v: number, one: string, other = `${one}s`) => plural('en', v, { one, other });
const field = (p: MessageParams) => text(p, 'field') || 'This value';

/** “A”, “B” and 2 more tasks: the go-live forecast's drivers. */
/** A usage file's format by the name its CRM gives it. */
/** An MS Project link type (its Type code) by name. */
function linkType(type: string): string {
  const names: Record<string, string> = { '0': 'finish-to-finish', '2': 'start-to-finish', '3': 'start-to-start' };
  return names[type] ?? `type ${type}`;
}

/** “row 3” or “rows 2, 3, 4, …”: where a plan import's note applies, its first rows named. */
function rowsOf(p: MessageParams): string {
  return count(p, 'count') === 1 ? `row ${text(p, 'rows')}` : `rows ${text(p, 'rows')}`;
}

function usageFormat(format: string): string {
  const names: Record<string, string> = {
    SALESFORCE: 'Salesforce login history',
    DYNAMICS: 'Dynamics 365 / Microsoft 365 user activity report',
    HUBSPOT: 'HubSpot account login history',
    GENERIC: 'CSV with email, date and an optional count',
  };
  return names[format] ?? format;
}

function drivenBy(p: MessageParams): string {
  const names = listParam(p, 'driver').map(quoted);
  const more = count(p, 'moreDrivers');
  if (more > 0) return `${names.join(', ')} and ${many(more, 'more task')}`;
  return joinList('en', names);
}

function goLiveSlip(p: MessageParams): string {
  const pace = `At the pace of the last ${many(count(p, 'paceWeeks'), 'week')}`;
  const drivers = listParam(p, 'driver').length > 0 ? `; driven by ${drivenBy(p)}` : '';
  const forecast = formatDay('en', text(p, 'forecastDate'));
  const target = formatDay('en', text(p, 'targetDate'));
  if (p['verdict'] === 'SLIPPING') {
    return `${pace} the go-live lands on ${forecast}, ${many(count(p, 'slipDays'), 'working day')} after the target of ${target}${drivers}.`;
  }
  const slowEnd =
    p['latestSlipDays'] === null || p['latestSlipDays'] === undefined
      ? 'one of those weeks finished nothing, so at its pace the work would not end'
      : `at the slowest week’s pace it would pass it by ${many(count(p, 'latestSlipDays'), 'working day')}`;
  return `${pace} the go-live lands on ${forecast}, within the target of ${target}, but ${slowEnd}${drivers}.`;
}

function urgentItems(p: MessageParams): string {
  const parts = [count(p, 'severity1') > 0 ? `${n(count(p, 'severity1'))} of severity 1` : '', count(p, 'severity2') > 0 ? `${n(count(p, 'severity2'))} of severity 2` : ''].filter(Boolean);
  return `Urgent support items are still open (${parts.join(' and ')}).`;
}

function supportTargets(p: MessageParams): string {
  const open = count(p, 'count');
  const what = `${many(open, 'support item')} in ${text(p, 'wave')} ${open === 1 ? 'has' : 'have'} missed ${open === 1 ? 'its' : 'their'} target`;
  return count(p, 'urgent') > 0 ? `${what}, ${n(count(p, 'urgent'))} of severity 1 or 2.` : `${what}.`;
}

/** English: the API's `message` and `text` fields are worded from here, so the wording lives once. */
/** How a template's duplicated key is named (`TEMPLATE_KEY_TWICE`'s `what`). */
const TEMPLATE_KEY_NAMES: Record<string, string> = { ROLE: 'The role key', PHASE: 'The phase kind', TASK: 'The task key', KPI: 'The KPI key', MILESTONE: 'The milestone key' };

export const MESSAGES_EN: MessageCatalogue = {
  // Generic reasons, one per error code.
  INVALID_INPUT: () => 'Some of the values given are not valid.',
  SIGN_IN_REQUIRED: () => 'Sign in to continue.',
  NOT_ALLOWED: () => 'You do not have permission to change this program.',
  NOT_FOUND: () => 'Not found.',
  RECORD_CHANGED: (p) =>
    `${text(p, 'record') || 'This record'} was changed by someone else since you loaded it. Reload to see the latest version, then apply your change again.`,
  GATE_BLOCKED: () => 'The phase cannot be completed yet.',
  STATE_NOT_ALLOWED: () => 'This change is not possible in the record’s current state.',
  WAITS_FOR_OPEN_TASKS: () => 'This task waits for tasks that are still open.',
  TOO_MANY_ATTEMPTS: () => 'Too many attempts. Wait a minute and try again.',
  SERVICE_UNAVAILABLE: () => 'The service is briefly unavailable. Try again in a moment.',
  REQUEST_TIMED_OUT: () =>
    'The request took too long and the server stopped it. The statement it was running was not applied; try again in a moment, or ask for less at once.',
  INTERNAL_ERROR: () => 'Something went wrong on our side. The error has been logged.',
  REQUEST_INVALID: () => 'The request is not a valid GraphQL request.',

  // Field problems.
  REQUIRED: (p) => `${field(p)} is required.`,
  TOO_LONG: (p) => `${field(p)} must be at most ${many(count(p, 'max'), 'character')}.`,
  TOO_SHORT: (p) => `${field(p)} must be at least ${many(count(p, 'min'), 'character')}.`,
  TOO_SMALL: (p) => `${field(p)} must be at least ${n(count(p, 'min'))}.`,
  TOO_LARGE: (p) => `${field(p)} must be at most ${n(count(p, 'max'))}.`,
  NOT_AN_ID: (p) => `${field(p)} must be an id.`,
  NOT_A_WHOLE_NUMBER: (p) => `${field(p)} must be a whole number.`,
  NOT_A_NUMBER: (p) => `${field(p)} must be a number.`,
  NOT_TEXT: (p) => `${field(p)} must be text.`,
  NOT_YES_OR_NO: (p) => `${field(p)} must be true or false.`,
  NOT_ONE_OF_CHOICES: (p) => `${field(p)} must be one of the offered choices.`,
  NOT_A_LIST: (p) => `${field(p)} must be a list.`,
  TOO_MANY_ITEMS: (p) => `${field(p)} may hold at most ${many(count(p, 'max'), 'item')}.`,
  TOO_FEW_ITEMS: (p) => `${field(p)} must hold at least ${many(count(p, 'min'), 'item')}.`,
  DUPLICATE_ITEMS: (p) => `${field(p)} lists the same item twice.`,
  NOT_AN_EMAIL: (p) => `${field(p)} must be an email address.`,
  NOT_A_DAY: (p) => `${field(p)} must be a day written YYYY-MM-DD, between 1900 and 2999.`,
  NOT_A_TIME_ZONE: (p) => `${field(p)} must be a time zone such as Europe/Amsterdam.`,
  NOT_A_DATE_TIME: (p) => `${field(p)} must be a date and time.`,
  NOT_A_URL: (p) => `${field(p)} must be a web address.`,
  UNKNOWN_FIELD: (p) => `${field(p)} is not a field of this input.`,
  INVALID_VALUE: (p) => `${field(p)} is not valid.`,
  CANNOT_BE_CLEARED: (p) => `${field(p)} cannot be cleared; leave it out to keep the current value.`,
  TEXT_HAS_NUL: (p) => `${field(p)} must not contain a NUL character.`,
  TEXT_HAS_BROKEN_CHARACTER: (p) => `${field(p)} must not contain a broken character (half of a UTF-16 surrogate pair).`,

  // Refusals.
  NAME_TAKEN: () => 'That name is already taken.',
  ROLE_NAME_TAKEN: () => 'This program already has a role with that name.',
  KPI_NAME_TAKEN: () => 'This program already has a KPI with that name.',
  VENDOR_NAME_TAKEN: () => 'This vendor is already on the list.',
  BASELINE_NAME_TAKEN: () => 'A baseline of that name exists.',
  CRITERION_NAME_TAKEN: () => 'A criterion with this name already exists.',
  EMAIL_TAKEN: () => 'Someone in the directory already has this email address.',
  SAME_CHANGE_AT_ONCE: () => 'Someone else made the same change at the same moment. Reload to see it.',
  PRIMARY_HOLDER_TAKEN: () => 'Someone else made another person the primary holder of this role at the same moment. Reload and try again.',
  ALREADY_HOLDS_ROLE: () => 'This person already holds the role; change their allocation instead.',
  ALREADY_HOLDS_ROLE_IN_WAVE: () => 'This person already holds the role in this wave; change their allocation instead.',
  PREREQUISITE_REMOVED: () => 'One of the tasks this task would wait for was deleted meanwhile. Reload and choose again.',
  NOT_IN_DIRECTORY: () => 'Choose people from the organisation’s people directory.',
  NAME_NEEDS_LETTER: () => 'The name needs at least one letter or digit.',
  PLAN_HAS_LOOP: () => 'The plan cannot be scheduled: some tasks wait for each other in a loop.',
  TASK_DUE_BEFORE_START: () => 'Due date must be on or after the start date.',
  TASK_DURATION_OUT_OF_RANGE: (p) => `Duration must be a whole number of working days from 0 to ${n(count(p, 'max'))}.`,
  TASK_DATES_DISAGREE: (p) => `From ${formatDay('en', text(p, 'startDate'))} to ${formatDay('en', text(p, 'dueDate'))} is ${many(count(p, 'days'), 'working day')}, not ${n(count(p, 'durationDays'))}. Send two of the three, and the third follows.`,
  RECORDS_GONE: () => 'Some of the selected records are not in this program any more. Reload and try again.',
  NOT_REMOVED: () => 'This program was not removed.',
  NOT_ARCHIVED: () => 'This program is not archived.',
  PROGRAM_ARCHIVED: () => 'This program is archived; unarchive it to change it.',
  WRONG_CREDENTIALS: () => 'The email or password is not right.',
  WRONG_PASSWORD: () => 'Your current password is not right.',
  LINK_USED: () => 'This link was already used.',
  LINK_EXPIRED: (p) =>
    p['hours'] !== undefined ? `This link has expired (links work for ${many(count(p, 'hours'), 'hour')}).` : 'This link has expired.',
  SSO_REQUIRED: () => 'Your organisation signs in with its single sign-on. Use “Sign in with your organisation”.',
  ACCOUNT_EXISTS: () => 'An account with this email already exists. Sign in instead, or reset your password.',
  ACCOUNT_DEACTIVATED: () => 'This account was deactivated. Ask an admin of your organisation.',
  ALREADY_MEMBER: (p) => (text(p, 'person') ? `${text(p, 'person')} is already a member of your organisation.` : 'This person is already a member.'),
  OTHER_ORGANISATION: () => 'This email already has an account in another organisation; an account belongs to one organisation.',
  INVITATION_REVOKED: () => 'This invitation was withdrawn. Ask whoever invited you for a new one.',
  INVITATIONS_PER_MINUTE: (p) => `You sent ${many(count(p, 'max'), 'invitation')} in the last minute. Wait a minute and try again.`,
  ADMIN_ONLY: () => 'Only an admin of your organisation can do this.',
  OWNER_ONLY: () => 'Only an owner of this program (or an admin) can do this.',
  SESSION_HELD: () => 'This session was held; it can no longer be cancelled.',
  SESSION_CANCELLED: () => 'This session was cancelled.',
  PERSON_LISTED_TWICE: () => 'Each person may appear only once.',
  SESSION_NOT_STARTED: () => 'This session has not started yet: only invited or excused can be recorded until it does.',
  TRAINER_ROLE_NEEDED: () => 'The trainer must hold the Trainer role in this program; assign it on the team page first.',
  NOBODY_NEEDS_RETRAINING: () => 'Nobody in this wave needs re-training right now.',
  PERSON_OR_UNIT: () => 'Review either one person or one business unit.',
  WAVE_HYPERCARE_OVER: () => 'This wave’s hypercare is over: report it to the regular support desk.',
  WAVE_NOT_LIVE_YET: () => 'Support items are for waves that have gone live; this one has not yet.',
  SENT_DAY_NEEDS_SENT: () => 'Only a message marked as sent has a day it went out.',
  SENT_DAY_IN_FUTURE: () => 'A message cannot have gone out on a day still to come.',
  OTHER_PROJECT: () => 'This belongs to another program.',
  PHASE_COMPLETED: () => 'This phase is already completed.',
  PHASE_NOT_COMPLETED: () => 'Only a completed phase can be reopened.',
  HAS_DEPENDANTS: () => 'Other records still depend on this one.',
  PARENT_REMOVED: () => 'What this belonged to was removed; restore that first.',
  TRASH_ENTRY_GONE: () => 'This is no longer in the trash.',
  PROVIDER_UNREACHABLE: (p) => `No OpenID provider answered at ${text(p, 'issuer')}/.well-known/openid-configuration. Check the address.`,
  LOGIN_EXPIRED: () => 'This sign-in was already finished, took too long, or was started in another browser. Start again.',
  INVALID_CURSOR: () => 'This page cursor is not valid; start from the first page.',
  TASK_ALREADY_UNDER_WAY: (p) => `${quoted(text(p, 'task'))} is already ${p['toDone'] === true || p['toDone'] === 'true' ? 'done' : 'in progress'}, so it cannot wait for tasks that are not done.`,
  PROCESS_NOT_VALIDATED_YET: () => 'A process must be validated before it is automated. Validate the redesigned process with the people who run it first.',
  UNITS_NOT_IN_SCOPE: (p) => `${text(p, 'units')} ${count(p, 'count') === 1 ? 'is' : 'are'} not in the scope of any wave of this program.`,
  CHOOSE_PROGRAM_ROLES: () => 'Choose roles of this program.',
  CHOOSE_PROGRAM_SENDER_ROLE: () => 'Choose a role of this program to send the message.',
  REQUIREMENTS_GONE: () => 'Some of the selected requirements are not in this program any more. Reload and try again.',
  PERSON_NOT_IN_DIRECTORY: () => 'No one with this id is in the people directory.',
  PEOPLE_NOT_IN_DIRECTORY: () => 'Some of these people are not in the people directory.',
  NO_SUCH_ROLE: (p) => `This program has no role with the key ${text(p, 'roleKey')}.`,
  NO_SUCH_PHASE: () => 'This program has no such phase.',
  NO_SUCH_MILESTONE: () => 'This program has no such milestone.',
  NO_SUCH_WAVE: () => 'This program has no such wave.',
  NO_SUCH_KPI: (p) => `This program has no KPI with the key ${text(p, 'kpiKey')}.`,
  EMPTY_PROGRAM_NO_TEMPLATE: () => 'An empty program starts from no template: leave templateId out or choose template STANDARD.',
  ACCOUNT_CREATED_MEANWHILE: () => 'An account with this email was created after this link was sent. Sign in instead, or reset your password.',
  SIGN_UP_LINK_USED: () => 'This sign-up link was already used. Sign in instead.',
  SIGN_UP_LINK_EXPIRED: (p) => `This sign-up link has expired (they work for ${many(count(p, 'hours'), 'hour')}). Sign up again for a new one.`,
  RESET_LINK_USED: () => 'This reset link was already used. Ask for a new one.',
  RESET_LINK_EXPIRED: (p) => `This reset link has expired (they work for ${n(count(p, 'minutes'))} minutes). Ask for a new one.`,
  SESSION_ENDED: () => 'Your session has ended or is invalid. Sign in again.',
  SESSION_ALREADY_CANCELLED: () => 'This session is already cancelled.',
  NOT_A_TIME: (p) => `${field(p)} must be HH:MM, e.g. 09:30.`,
  OUT_OF_RANGE: (p) => `${field(p)} must be between ${n(count(p, 'min'))} and ${n(count(p, 'max'))}.`,
  PREREQUISITES_SENT_TWICE: () => 'Send the prerequisites once: either dependsOnIds or dependencies (with lags), not both.',
  PREREQUISITE_NAMED_TWICE: () => 'Name each prerequisite once.',
  TASK_NAMED_TWICE: () => 'Name each task once.',
  NOTHING_TO_CHANGE: () => 'Say what to change: a status, a role or an assignee.',
  DEPENDENCY_OTHER_PROJECT: () => 'A task can only depend on tasks of the same program.',
  DEPENDENCY_LOOP: (p) => `This would make the tasks wait for each other in a loop: ${text(p, 'tasks')}.`,
  TASKS_CHANGED_MEANWHILE: (p) => `Nothing was changed: ${quoted(text(p, 'task'))} was changed by someone else since you loaded it. Reload to see the latest version, then apply your change again.`,
  DEPENDANT_CHANGED_MEANWHILE: (p) => `Nothing was changed: ${quoted(text(p, 'task'))}, which waits for this task, was changed by someone else meanwhile. Reload to see the latest plan, then move the task again.`,
  TASK_WAITS_FOR_OPEN_TASKS: (p) => `${quoted(text(p, 'task'))} cannot ${p['toDone'] === true || p['toDone'] === 'true' ? 'be done' : 'start'} while it waits for tasks that are not done.`,
  WAVE_LIVE_DATE_FIXED: () => 'This wave has already gone live, so its go-live date can no longer move.',
  WAVE_ALREADY_LIVE: (p) => `${text(p, 'wave')} is already live.`,
  WAVE_ALREADY_CLOSED: (p) => `${text(p, 'wave')} is already closed.`,
  WAVE_NOT_LIVE_TO_CLOSE: (p) => `${text(p, 'wave')} has not gone live yet; only a live wave can be closed.`,
  NO_SIGN_OFF_ASKED: () => 'This criterion asks for no sign-off.',
  SIGNING_ROLE_NEEDED: (p) => `Only someone holding the role ${text(p, 'role')} in this program can sign this criterion off.`,
  CRITERION_NOT_MET_YET: () => 'This criterion is not met yet, so it cannot be signed off.',
  USE_COMPLETE_PHASE: () => 'Use completePhase to close a phase; it checks the exit criteria.',
  CRITERION_CHECKS_ITSELF: () => 'This criterion checks itself against the program’s data: it cannot be ticked by hand.',
  MILESTONE_ALREADY_DONE: () => 'This milestone is already done.',
  WINDOW_ENDS_BEFORE_START: () => 'The window must end on or after the day it starts (from).',
  KIND_GIVEN_TWICE: (p) => `${text(p, 'kind')} is given twice.`,
  KPI_NAMED_TAKEN: (p) => `This program already has a KPI called ${quoted(text(p, 'name'))}.`,
  MEASURED_IN_FUTURE: (p) => `${text(p, 'measuredOn')} is in the future (today is ${text(p, 'today')}). Record a value on or after the day it was measured.`,
  AUTHOR_ONLY: () => 'Only its author can change a comment.',
  AUTHOR_OR_OWNER_ONLY: () => 'Only its author or a program owner can remove a comment.',
  NOT_DEACTIVATED: (p) => `${text(p, 'person')} is not deactivated.`,
  LAST_ADMIN: () => 'Your organisation needs at least one active admin. Make someone else admin first.',
  PERMISSION_NEEDS_PROGRAM: () => 'A permission goes with a program: name the program too.',
  PERSON_DEACTIVATED: (p) => `${text(p, 'person')}’s account is deactivated. An admin can reactivate it first.`,
  ALREADY_OWNS_PROGRAM: (p) => `${text(p, 'person')} already owns this program.`,
  PASSWORD_TO_ACCEPT: () => 'You already have an account: enter its password to accept.',
  ACCOUNT_JUST_CREATED: () => 'An account with this email was just created. Open the link again.',
  INVITATION_ACCEPTED: () => 'This invitation was already accepted. Sign in instead.',
  INVITATION_EXPIRED: (p) => `This invitation has expired (they last ${n(count(p, 'days'))} days). Ask whoever invited you to send it again.`,
  CHOOSE_PROJECT_VENDOR: () => 'Choose one of this program’s vendors.',
  REQUIREMENTS_OTHER_PROJECT: () => 'Use only requirements of this program.',
  STATUS_CHANGE_NOT_ALLOWED: (p) => `An item that is ${text(p, 'from').toLowerCase()} cannot become ${text(p, 'to').toLowerCase()}.`,
  SEVERITY_GIVEN_TWICE: (p) => `Severity ${text(p, 'severity')} is given twice.`,
  CLIENT_ID_REQUIRED: () => 'Enter the client id the provider gave this app.',
  CLIENT_SECRET_REQUIRED: () => 'Enter the client secret the provider gave this app.',
  NOT_EMAIL_DOMAINS: (p) => `${text(p, 'domains')} is not an email domain such as example.com.`,
  DOMAINS_NOT_PROVEN: (p) => `No administrator of your organisation has an email at ${text(p, 'domains')}. Invite an administrator with such an address first: only domains your admins hold a mailbox at can be allowed.`,
  RESTORE_PLACE_TAKEN: (p) => `${text(p, 'record')} cannot come back as it was: something with the same name or place was added since it was removed. Rename or remove that one, then restore again.`,
  TEMPLATE_NAME_REQUIRED: () => 'Give the template a name (the "name" field), so it can be told apart in the list.',
  TEMPLATE_UNREADABLE: () => 'The template does not read as a program template.',
  PROJECT_OWNER_ONLY: () => 'Only the program owner can do this.',
  VIEW_ONLY: () => 'You can view this program but not change it. Ask its owner for editor access.',
  LAST_OWNER: () => 'A program needs at least one owner.',
  READINESS_ITEM_NOT_DONE: (p) => `Not ready: ${text(p, 'item')}`,
  TOO_BUSY_TO_APPLY: () => 'Other changes to the same records kept getting in the way, so nothing was saved. Try again in a moment.',
  PHASE_GATE_BLOCKED: (p) => `${text(p, 'phase')} cannot be completed yet.`,
  WAVE_GO_LIVE_BLOCKED: (p) => `${text(p, 'wave')} cannot go live yet.`,
  HYPERCARE_EXIT_BLOCKED: (p) => `${text(p, 'wave')}’s hypercare cannot end yet.`,

  // Health reasons.
  MILESTONES_OVERDUE: (p) =>
    `${many(count(p, 'count'), 'milestone')} overdue; ${quoted(text(p, 'milestone'))} is furthest behind, ${many(count(p, 'days'), 'day')} late.`,
  CRITICAL_TASKS_UNOWNED: (p) => `${many(count(p, 'count'), 'critical task')} without an owner.`,
  OPEN_TASKS_UNOWNED: (p) => `${many(count(p, 'count'), 'open task')} without an owner.`,
  ROLES_UNFILLED: (p) => {
    const roles = listParam(p, 'role');
    return `Nobody holds ${roles.length === 1 ? 'the role' : 'the roles'} ${roles.join(', ')}.`;
  },
  PERSON_OVERBOOKED: (p) => `${text(p, 'person')} is booked at ${n(count(p, 'percent'))}% across active programs.`,
  WAVE_TRAINING_NOT_PLANNED: (p) => `${text(p, 'wave')} is live with no training planned in its first 90 days.`,
  WAVE_TRAINING_UNDER: (p) => `${text(p, 'wave')} has fewer than the ${n(count(p, 'min'))} training sessions its first 90 days need.`,
  WAVE_TRAINING_GAPS: (p) => `${text(p, 'wave')} has ${many(count(p, 'count'), 'stretch', 'stretches')} of more than 30 days without training.`,
  WAVE_RETRAINING_NEEDED: (p) =>
    `${many(count(p, 'count'), 'person', 'people')} in ${text(p, 'wave')} ${count(p, 'count') === 1 ? 'needs' : 'need'} re-training.`,
  WAVE_GO_LIVE_OUTSIDE_PHASE: (p) =>
    p['side'] === 'BEFORE'
      ? `${text(p, 'wave')} goes live on ${formatDay('en', text(p, 'goLiveDate'))}, before the rollout phase starts (${formatDay('en', text(p, 'phaseDate'))}).`
      : `${text(p, 'wave')} goes live on ${formatDay('en', text(p, 'goLiveDate'))}, after the rollout phase ends (${formatDay('en', text(p, 'phaseDate'))}).`,
  GO_LIVE_FORECAST_SLIP: goLiveSlip,
  COMMUNICATIONS_OVERDUE: (p) =>
    `${many(count(p, 'count'), 'planned message')} not sent on time; ${quoted(text(p, 'title'))} for ${text(p, 'wave')} is furthest behind, ${many(count(p, 'days'), 'day')} late.`,
  KPI_OFF_TRACK: (p) => `${text(p, 'kpi')} is off track.`,
  KPI_AT_RISK: (p) => `${text(p, 'kpi')} is at risk.`,
  RISK_HIGH: (p) => `Risk ${quoted(text(p, 'risk'))} scores ${n(count(p, 'score'))} of ${n(count(p, 'max'))}.`,
  SUPPORT_TARGETS_MISSED: supportTargets,

  // Gate blockers.
  EXIT_CRITERION_NOT_MET: (p) => `Exit criterion not met: ${text(p, 'criterion')}`,
  EXIT_CRITERION_AWAITING_SIGN_OFF: (p) => `Exit criterion not met: ${text(p, 'criterion')} (waiting for the sign-off of ${text(p, 'role') || 'the role asked for'})`,
  EXIT_CRITERION_SIGN_OFF_LAPSED: (p) =>
    `Exit criterion not met: ${text(p, 'criterion')} (signed off by ${text(p, 'role') || 'the role asked for'} on facts that have changed since: sign again)`,
  MILESTONE_NOT_DONE: (p) => `Milestone not done: ${text(p, 'milestone')}`,
  TASK_NOT_DONE: (p) => `Task not done: ${text(p, 'task')}`,
  MORE_TASKS_NOT_DONE: (p) => `${n(count(p, 'count'))} more ${count(p, 'count') === 1 ? 'task' : 'tasks'} not done`,

  // Exit-criterion evidence.
  TICKED: () => 'The box is ticked.',
  NOT_TICKED: () => 'The box is not ticked yet.',
  NO_MUST_REQUIREMENTS: () => 'No MUST requirement is recorded yet.',
  MUST_REQUIREMENTS_TRACED: (p) => `${n(count(p, 'traced'))} of ${n(count(p, 'total'))} MUST requirements trace to a selection criterion.`,
  MUST_REQUIREMENT_UNTRACED: (p) => `Not traced to any criterion: ${text(p, 'requirement')}.`,
  MUST_REQUIREMENT_UNTRACED_MORE: (p) => `…and ${n(count(p, 'count'))} more.`,
  NO_VENDORS: () => 'No vendor is under evaluation yet.',
  VENDOR_SCORES_GIVEN: (p) => `${n(count(p, 'given'))} of ${n(count(p, 'total'))} scores on the MUST criteria are given.`,
  VENDOR_SCORE_MISSING: (p) => `Not scored yet: ${text(p, 'score')}.`,
  VENDOR_SCORE_MISSING_MORE: (p) => `…and ${n(count(p, 'count'))} more.`,
  DECISION_RECORDED: () => 'The vendor decision is recorded.',
  NO_DECISION: () => 'No vendor decision is recorded yet.',
  NO_PROCESSES: () => 'No process is documented yet.',
  PROCESSES_VALIDATED: (p) => `${n(count(p, 'validated'))} of ${n(count(p, 'total'))} processes are validated.`,
  PROCESS_NOT_VALIDATED: (p) => `Not validated yet: ${text(p, 'process')}.`,
  PROCESS_NOT_VALIDATED_MORE: (p) => `…and ${n(count(p, 'count'))} more.`,
  NO_WAVES: () => 'No rollout wave is planned yet.',
  WAVE_GONE: () => 'The wave this rule judged is no longer in the program.',
  WAVE_WITHOUT_SCOPE: (p) => `${text(p, 'wave')} has no scope yet.`,
  WAVE_WITHOUT_KEY_USERS: (p) => `${text(p, 'wave')} has no key users yet.`,
  WAVE_STAFFED: (p) => `${text(p, 'wave')} has a scope and ${n(count(p, 'keyUsers'))} key ${count(p, 'keyUsers') === 1 ? 'user' : 'users'}.`,
  NO_LIVE_WAVES: () => 'No rollout wave is live yet.',
  WAVE_SEVERE_ITEMS: (p) =>
    count(p, 'open') === 0
      ? `${text(p, 'wave')} has no severity 1 or 2 support item open.`
      : `${text(p, 'wave')} has ${n(count(p, 'open'))} severity 1 or 2 support ${count(p, 'open') === 1 ? 'item' : 'items'} open.`,
  WAVE_CADENCE: (p) => `${text(p, 'wave')}: training cadence ${text(p, 'status').toLowerCase().replace('_', ' ')}.`,
  NO_KPIS: () => 'The program has no KPIs yet.',
  KPI_BASELINES: (p) => `${n(count(p, 'recorded'))} of ${n(count(p, 'total'))} KPIs have a baseline.`,
  KPI_WITHOUT_BASELINE: (p) => `No baseline yet: ${text(p, 'kpi')}.`,
  KPI_WITHOUT_BASELINE_MORE: (p) => `…and ${n(count(p, 'count'))} more.`,
  KPI_GONE: (p) => `The KPI ${text(p, 'kpi')} is no longer in the program.`,
  KPI_NOT_MEASURED: (p) => `${text(p, 'kpi')} has not been measured yet (it must reach ${text(p, 'threshold')}).`,
  KPI_LATEST: (p) => `${text(p, 'kpi')} is at ${text(p, 'latest')}; it must reach ${text(p, 'threshold')}.`,
  NO_ROLES_NEEDED: () => 'The phase’s open tasks need no role.',
  ROLES_HELD: (p) => `${n(count(p, 'held'))} of ${n(count(p, 'total'))} roles the phase’s tasks need are held.`,
  ROLE_NOT_HELD: (p) => `Nobody holds ${text(p, 'role')}.`,
  ROLE_NOT_HELD_MORE: (p) => `…and ${n(count(p, 'count'))} more.`,

  // Hypercare exit blockers.
  WAVE_NOT_LIVE: () => 'The wave has not gone live yet.',
  URGENT_ITEMS_OPEN: urgentItems,
  VOLUME_NOT_FALLING: (p) =>
    `New items have not fallen two weeks in a row: ${n(count(p, 'twoWeeksAgo'))}, then ${n(count(p, 'lastWeek'))}, then ${n(count(p, 'thisWeek'))} this week.`,

  // Training cadence verdicts.
  CADENCE_NOT_PLANNED: () => 'No training is planned in the first 90 days.',
  CADENCE_UNDER: () => 'Fewer training sessions than the first 90 days need.',
  CADENCE_GAP: () => 'More than 30 days pass without training.',
  CADENCE_ON_TRACK: () => 'Training is on track.',
  CADENCE_OVER: () => 'More training sessions than the first 90 days need.',

  // Rule problems of a field.
  RULE_SETTING_NOT_TAKEN: (p) => `A ${text(p, 'kind')} rule takes no ${text(p, 'setting')}.`,
  RULE_NEEDS_KPI: () => 'Say which KPI the rule reads (its key).',
  CARRY_OVER_TO_EARLIER_PHASE: () => 'Tasks can only be carried over to a later phase.',
  CARRY_OVER_TO_COMPLETED_PHASE: () => 'That phase is already completed; pick one that is still open.',
  CARRY_OVER_NOTHING_PICKED: () => 'Pick at least one task to carry over.',
  CARRY_OVER_OTHER_PHASE_TASKS: () => 'Only tasks of the phase being closed can be carried over.',
  CARRY_OVER_DONE_TASKS: () => 'Done tasks stay with their phase; carry over only open ones.',
  PLANNED_END_BEFORE_START: () => 'Planned end must be on or after the planned start.',
  MILESTONE_TO_COMPLETED_PHASE: () => 'That phase is already completed; an open milestone can only move to a phase that is still open.',
  GO_LIVE_NOT_AFTER_START: () => 'Target go-live must come after the start date.',
  SUPPORT_TARGET_OUT_OF_RANGE: (p) => `A target must be a whole number of minutes from 1 to ${n(count(p, 'max'))} (${many(count(p, 'days'), 'working day')}).`,
  RESOLUTION_BEFORE_RESPONSE: () => 'The resolution target cannot be shorter than the response target.',
  PERCENT_OUT_OF_RANGE: (p) => `A percentage lies between ${n(count(p, 'min'))} and ${n(count(p, 'max'))}; ${n(count(p, 'value'))} is outside that range.`,
  LAG_NOT_WHOLE_DAYS: () => 'A lag must be a whole number of working days.',
  LAG_OUT_OF_RANGE: (p) => `A lag must be between -${n(count(p, 'max'))} and +${n(count(p, 'max'))} working days.`,

  // Why someone is, or no longer is, on the re-training list for not using the CRM.
  INACTIVE_SINCE_GO_LIVE: (p) => `No use of the CRM since go-live on ${formatDay('en', text(p, 'goLiveDate'))} (${many(count(p, 'days'), 'day')}).`,
  NO_ACTIVITY_FOR_DAYS: (p) => `No use of the CRM for ${many(count(p, 'days'), 'day')} (last active ${formatDay('en', text(p, 'lastActiveOn'))}).`,
  USING_CRM_AGAIN: (p) => `Using the CRM again (last active ${formatDay('en', text(p, 'lastActiveOn'))}).`,
  ASKED_FOR_HELP: (p) => `Asked for help: ${text(p, 'topic')}`,

  // Problems of an imported file or row.
  IMPORT_MISSING_COLUMNS: (p) => `Missing column${count(p, 'count') > 1 ? 's' : ''}: ${csvColumnsWord('en', p, 'columns')}.`,
  IMPORT_ROW_UNREADABLE: (p) => `The row could not be read: ${text(p, 'detail')}.`,
  REQUIREMENTS_FILE_EMPTY: () => 'The file has a header but no requirements.',
  REQUIREMENTS_TOO_MANY: (p) => `Import at most ${n(count(p, 'max'))} requirements at a time.`,
  CELL_REQUIRED: (p) => `${csvColumnWord('en', p, 'column')} is required.`,
  CELL_TOO_LONG: (p) => `${csvColumnWord('en', p, 'column')} must be at most ${many(count(p, 'max'), 'character')}.`,
  CELL_NOT_ONE_OF: (p) => `${csvColumnWord('en', p, 'column')} must be one of ${text(p, 'choices')}${text(p, 'given') ? `, not "${text(p, 'given')}"` : ''}.`,
  CELL_NOT_AN_EMAIL: (p) => `${csvColumnWord('en', p, 'column')} "${text(p, 'value')}" is not an email address.`,
  STAKEHOLDER_NOT_IN_DIRECTORY: (p) => `No one with the email ${text(p, 'email')} is in the people directory; add them first or leave stakeholder_email empty.`,
  USAGE_HEADER_MISMATCH: (p) =>
    `This header is not a ${usageFormat(text(p, 'format'))} (expected columns such as "${text(p, 'expected')}").${text(p, 'detected') ? ` It looks like a ${usageFormat(text(p, 'detected'))}: choose that format instead.` : ''}`,
  USAGE_FILE_EMPTY: () => 'The file has a header but no rows.',
  USAGE_TOO_MANY_ROWS: (p) => `Import at most ${count(p, 'max').toLocaleString('en-GB')} rows at a time; split the export by date range.`,
  USAGE_EMAIL_MISSING: () => 'The email is missing.',
  USAGE_DATE_MISSING: () => 'The date is missing.',
  USAGE_DATE_NOT_REAL: (p) => `"${text(p, 'value')}" is not a real date.`,
  USAGE_DATE_NO_MONTH: (p) => `"${text(p, 'value')}" is read as month/day/year and has no month ${text(p, 'month')}; export dates as YYYY-MM-DD.`,
  USAGE_DATE_UNREADABLE: (p) => `"${text(p, 'value')}" is not a date; use YYYY-MM-DD or the date as the CRM exported it.`,
  USAGE_DATE_IN_FUTURE: (p) => `${text(p, 'day')} is in the future.`,
  USAGE_COUNT_INVALID: (p) => `The count "${text(p, 'value')}" must be a whole number from 0 to ${count(p, 'max').toLocaleString('en-GB')}.`,

  // Problems of an imported plan, and what its import changed.
  PLAN_MISSING_COLUMNS: (p) => `Missing column${count(p, 'count') > 1 ? 's' : ''}: ${csvColumnsWord('en', p, 'columns')}. The columns are ${csvColumnsWord('en', p, 'expected')}.`,
  PLAN_IGNORED_COLUMNS: (p) => `Ignored column${count(p, 'count') > 1 ? 's' : ''}: ${csvColumnsWord('en', p, 'columns')}.`,
  PLAN_NOT_A_DATE: (p) => `“${text(p, 'value')}” is not a date; write it as YYYY-MM-DD.`,
  PLAN_DURATION_INVALID: (p) => `Duration is a whole number of working days from 0 to ${n(count(p, 'max'))}, not “${text(p, 'value')}”.`,
  PLAN_PREDECESSOR_UNREADABLE: (p) => `“${text(p, 'value')}” is not a predecessor; write row numbers with an optional lag, such as “3; 5+2d”.`,
  PLAN_LINK_TYPE_IN_CSV: (p) => `“${text(p, 'value')}”: only finish-to-start links are supported (a task starts after the row it waits for finishes).`,
  PLAN_EMPTY: () => 'The file has no tasks or milestones to import.',
  PLAN_TOO_LARGE: (p) => `Import at most ${n(count(p, 'max'))} tasks and milestones at a time; this file has ${n(count(p, 'count'))}. Split the plan by phase.`,
  PLAN_PHASE_REQUIRED: () => 'Name the phase it belongs to.',
  PLAN_PHASE_NAME_TOO_LONG: (p) => `Phase names are at most ${many(count(p, 'max'), 'character')}.`,
  PLAN_TASK_TITLE_REQUIRED: () => 'Give the task a title.',
  PLAN_TASK_TITLE_TOO_LONG: (p) => `Titles are at most ${many(count(p, 'max'), 'character')}.`,
  PLAN_ROLE_REQUIRED: (p) => `Name the role that does it: ${joinList('en', listParam(p, 'role'))}.`,
  PLAN_NO_SUCH_ROLE: (p) => `This program has no role “${text(p, 'name')}”. Use one of: ${joinList('en', listParam(p, 'role'))}.`,
  PLAN_MILESTONE_NAME_REQUIRED: () => 'Give the milestone a name.',
  PLAN_MILESTONE_NAME_TOO_LONG: (p) => `Milestone names are at most ${many(count(p, 'max'), 'character')}.`,
  PLAN_MILESTONE_DUE_REQUIRED: () => 'Give the milestone the day it is due.',
  PLAN_NEW_PHASE_NEEDS_DATES: (p) => `The new phase “${text(p, 'phase')}” needs dates: give its tasks or milestones dates, or create the phase first.`,
  PLAN_PHASE_ENDS_BEFORE_START: (p) => `The phase “${text(p, 'phase')}” would end before it starts.`,
  PLAN_NO_SUCH_ROW: (p) => `There is no row ${text(p, 'ref')} in the file to wait for.`,
  PLAN_TASK_WAITS_FOR_ITSELF: () => 'A task cannot wait for itself.',
  PLAN_LAG_OUT_OF_RANGE: (p) => `A lag is a whole number of working days from -${n(count(p, 'max'))} to ${n(count(p, 'max'))}.`,
  PLAN_MILESTONES_BRIDGED: (p) =>
    count(p, 'count') === 1
      ? '1 milestone waits for tasks; milestones here take no links, so the tasks after it wait for those tasks directly.'
      : `${n(count(p, 'count'))} milestones wait for tasks; milestones here take no links, so the tasks after them wait for those tasks directly.`,
  PLAN_LOOP: (p) => `These rows wait for each other in a loop: ${text(p, 'rows')}. Remove one of the links.`,
  PLAN_XML_NOT_CSV: () => 'This looks like XML, not CSV: choose MS Project XML as the format.',
  PLAN_NOT_XML: () => 'This is not XML: choose CSV as the format, or save the plan from MS Project as XML.',
  PLAN_XML_DOCTYPE: () => 'The file declares a DOCTYPE or entities, which MS Project files never do; save the plan from MS Project again.',
  TEMPLATE_FIELD_MISSING: () => 'is missing',
  TEMPLATE_FIELD_UNKNOWN: () => 'is not a field of a template here',
  TEMPLATE_NOT_ONE_OF: (p) => `must be one of ${text(p, 'choices')}`,
  TEMPLATE_WHEN_INVALID: () => 'must be either "at" (a fraction from 0 to 1) or "afterGoLiveDays" (whole days), not both',
  TEMPLATE_KEY_INVALID: () => 'must be a key of letters, digits, "-" or "_" (at most 64)',
  TEMPLATE_VALUE_INVALID: (p) => text(p, 'detail') || 'is not valid',
  TEMPLATE_KEY_TWICE: (p) => `${TEMPLATE_KEY_NAMES[text(p, 'what')] ?? 'The key'} "${text(p, 'key')}" is used twice`,
  TEMPLATE_NO_SUCH_ROLE: (p) => `must be one of the template's roles; there is no role "${text(p, 'key')}"`,
  TEMPLATE_NO_SUCH_KPI: (p) => `must be one of the template's KPIs; there is no KPI "${text(p, 'key')}"`,
  TEMPLATE_NO_SUCH_PHASE: (p) => `must be one of the template's phases; there is no ${text(p, 'kind')} phase`,
  TEMPLATE_NO_SUCH_MILESTONE: (p) => `there is no milestone "${text(p, 'key')}"`,
  TEMPLATE_NO_SUCH_TASK: (p) => `there is no task "${text(p, 'key')}"`,
  TEMPLATE_TASK_NAMED_TWICE: (p) => `names the task "${text(p, 'key')}" a second time`,
  TEMPLATE_DEPENDENCY_LOOP: (p) => `closes a loop: ${text(p, 'loop')}`,
  TEMPLATE_WINDOW_BACKWARDS: () => 'must not end before it starts',
  TEMPLATE_BLANK: () => 'must not be blank',
  TEMPLATE_TOO_LARGE: (p) => `The template is too large: at most ${n(count(p, 'max') / 1000)} thousand characters.`,
  TEMPLATE_NOT_JSON: (p) => `This is not valid JSON: ${text(p, 'detail')}`,
  ADOPTION_MEASURED_BY_IMPORT: (p) => `From the usage import: ${n(count(p, 'active'))} of ${n(count(p, 'licensed'))} licensed users active in the last 30 days.`,
  RETRAINING_AUDIENCE: () => 'People who missed sessions or are not using the CRM yet',
  PLAN_XML_MALFORMED: (p) => `The file is not well-formed XML (line ${text(p, 'line')}: ${text(p, 'detail')}).`,
  MSPDI_NOT_PROJECT: () => 'This is not an MS Project XML file: it has no <Project> element. In MS Project, use File › Save As › XML.',
  MSPDI_NOT_A_DATE_TIME: (p) => `“${text(p, 'value')}” is not a date and time such as 2027-03-01T08:00:00.`,
  MSPDI_NOT_UNDER_SUMMARY: (p) => `“${text(p, 'task')}” is not under a summary task. Top-level summary tasks become the program's phases: indent it under one.`,
  MSPDI_EXTERNAL_LINK: () => 'Links to tasks in other MS Project files cannot be imported; remove them first.',
  MSPDI_LINK_TYPE: (p) => `Only finish-to-start links are supported; this task has a ${linkType(text(p, 'type'))} link. Change it to finish-to-start in MS Project, or remove it.`,
  MSPDI_LINK_TO_SUMMARY: () => 'It waits for a summary task, which becomes a phase here; link it to a task inside that summary instead.',
  MSPDI_LAG_PERCENT: () => 'Lags in percent cannot be imported; give the lag in days.',
  MSPDI_NOT_A_LAG: (p) => `“${text(p, 'value')}” is not a lag.`,
  MSPDI_NOT_A_DURATION: (p) => `“${text(p, 'value')}” is not a duration such as PT40H0M0S.`,
  MSPDI_NESTED_SUMMARIES: (p) =>
    count(p, 'count') === 1
      ? '1 summary task below the top level only groups tasks here: their tasks go into the phase above them.'
      : `${n(count(p, 'count'))} summary tasks below the top level only group tasks here: their tasks go into the phase above them.`,
  MSPDI_DURATIONS_ROUNDED: (p) => `Durations that were not whole working days were rounded up to whole days (${rowsOf(p)}).`,
  MSPDI_LAGS_ROUNDED: (p) => `Lags that were not whole working days were rounded to whole days (${rowsOf(p)}).`,
  MSPDI_FIRST_RESOURCE: (p) => `Tasks with several resources take the first one as their role (${rowsOf(p)}).`,

  // Vendor selection sensitivity.
  SELECTION_NOT_COMPARABLE: () => 'Add at least two vendors, one criterion and some scores to compare them.',
  SELECTION_TIED: (p) => `${joinList('en', listParam(p, 'leader'))} are tied for the lead: the evaluation does not separate them yet.`,
  SELECTION_LEAD_ROBUST: (p) => `${joinList('en', listParam(p, 'leader'))} stays ahead whichever single weight moves by ${n(count(p, 'percent'))}%: the lead is robust.`,
  SELECTION_LEAD_FRAGILE: (p) =>
    `The lead is fragile: ${p['change'] === 'UP' ? 'raising' : 'lowering'} the weight of "${text(p, 'criterion')}" by ${n(count(p, 'percent'))}% puts ${joinList('en', listParam(p, 'leader'))} in front.`,
};

import type { HypercareExitBlockerCode } from '../hypercare/support-items';

/**
 * Every code a message can carry, in groups by where it comes from. The catalogues are typed
 * `Record<MessageCode, …>`, so a code added here without its wording in every language does not
 * compile.
 */

/** The reason an error carries when its throw site names none: one per ErrorCode of the API. */
export type GenericErrorReason =
  | 'INVALID_INPUT'
  | 'SIGN_IN_REQUIRED'
  | 'NOT_ALLOWED'
  | 'NOT_FOUND'
  | 'RECORD_CHANGED'
  | 'GATE_BLOCKED'
  | 'STATE_NOT_ALLOWED'
  | 'WAITS_FOR_OPEN_TASKS'
  | 'TOO_MANY_ATTEMPTS'
  | 'SERVICE_UNAVAILABLE'
  | 'REQUEST_TIMED_OUT'
  | 'INTERNAL_ERROR'
  | 'REQUEST_INVALID';

/** What is wrong with one field, from the input checks every operation runs (class-validator and ours). */
export type FieldProblemCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'TOO_SHORT'
  | 'TOO_SMALL'
  | 'TOO_LARGE'
  | 'NOT_AN_ID'
  | 'NOT_A_WHOLE_NUMBER'
  | 'NOT_A_NUMBER'
  | 'NOT_TEXT'
  | 'NOT_YES_OR_NO'
  | 'NOT_ONE_OF_CHOICES'
  | 'NOT_A_LIST'
  | 'TOO_MANY_ITEMS'
  | 'TOO_FEW_ITEMS'
  | 'DUPLICATE_ITEMS'
  | 'NOT_AN_EMAIL'
  | 'NOT_A_DAY'
  | 'NOT_A_TIME_ZONE'
  | 'NOT_A_DATE_TIME'
  | 'NOT_A_URL'
  | 'UNKNOWN_FIELD'
  | 'INVALID_VALUE'
  | 'CANNOT_BE_CLEARED'
  | 'TEXT_HAS_NUL'
  | 'TEXT_HAS_BROKEN_CHARACTER';

/** Specific refusals of the API's operations, each named by what went wrong. */
export type RefusalCode =
  | 'NAME_TAKEN'
  | 'ROLE_NAME_TAKEN'
  | 'KPI_NAME_TAKEN'
  | 'VENDOR_NAME_TAKEN'
  | 'BASELINE_NAME_TAKEN'
  | 'CRITERION_NAME_TAKEN'
  | 'EMAIL_TAKEN'
  | 'SAME_CHANGE_AT_ONCE'
  | 'PRIMARY_HOLDER_TAKEN'
  | 'ALREADY_HOLDS_ROLE'
  | 'ALREADY_HOLDS_ROLE_IN_WAVE'
  | 'PREREQUISITE_REMOVED'
  | 'NOT_IN_DIRECTORY'
  | 'NAME_NEEDS_LETTER'
  | 'PLAN_HAS_LOOP'
  | 'TASK_DUE_BEFORE_START'
  | 'DATES_DISAGREE'
  | 'RECORDS_GONE'
  | 'NOT_REMOVED'
  | 'NOT_ARCHIVED'
  | 'PROGRAM_ARCHIVED'
  | 'WRONG_CREDENTIALS'
  | 'WRONG_PASSWORD'
  | 'LINK_USED'
  | 'LINK_EXPIRED'
  | 'SSO_REQUIRED'
  | 'ACCOUNT_EXISTS'
  | 'ACCOUNT_DEACTIVATED'
  | 'ALREADY_MEMBER'
  | 'OTHER_ORGANISATION'
  | 'INVITATION_REVOKED'
  | 'INVITATIONS_PER_MINUTE'
  | 'ADMIN_ONLY'
  | 'OWNER_ONLY'
  | 'SESSION_HELD'
  | 'SESSION_CANCELLED'
  | 'PERSON_LISTED_TWICE'
  | 'SESSION_NOT_STARTED'
  | 'TRAINER_ROLE_NEEDED'
  | 'NOBODY_NEEDS_RETRAINING'
  | 'PERSON_OR_UNIT'
  | 'WAVE_HYPERCARE_OVER'
  | 'WAVE_NOT_LIVE_YET'
  | 'SENT_DAY_NEEDS_SENT'
  | 'SENT_DAY_IN_FUTURE'
  | 'OTHER_PROJECT'
  | 'PHASE_COMPLETED'
  | 'PHASE_NOT_COMPLETED'
  | 'HAS_DEPENDANTS'
  | 'PARENT_REMOVED'
  | 'TRASH_ENTRY_GONE'
  | 'PROVIDER_UNREACHABLE'
  | 'LOGIN_EXPIRED'
  | 'INVALID_CURSOR'
  | 'READINESS_ITEM_NOT_DONE'
  | 'TOO_BUSY_TO_APPLY'
  | 'PHASE_GATE_BLOCKED'
  | 'WAVE_GO_LIVE_BLOCKED'
  | 'HYPERCARE_EXIT_BLOCKED';

/** Why a program's health is amber or red. */
export type HealthMessageCode =
  | 'MILESTONES_OVERDUE'
  | 'CRITICAL_TASKS_UNOWNED'
  | 'OPEN_TASKS_UNOWNED'
  | 'ROLES_UNFILLED'
  | 'PERSON_OVERBOOKED'
  | 'WAVE_TRAINING_NOT_PLANNED'
  | 'WAVE_TRAINING_UNDER'
  | 'WAVE_TRAINING_GAPS'
  | 'WAVE_RETRAINING_NEEDED'
  | 'WAVE_GO_LIVE_OUTSIDE_PHASE'
  | 'GO_LIVE_FORECAST_SLIP'
  | 'COMMUNICATIONS_OVERDUE'
  | 'KPI_OFF_TRACK'
  | 'KPI_AT_RISK'
  | 'RISK_HIGH'
  | 'SUPPORT_TARGETS_MISSED';

/** What keeps a phase's gate closed. */
export type GateBlockerCode = 'EXIT_CRITERION_NOT_MET' | 'MILESTONE_NOT_DONE' | 'TASK_NOT_DONE' | 'MORE_TASKS_NOT_DONE';

/** The facts behind a self-checking exit criterion (`judgeGateRule`). */
export type GateEvidenceCode =
  | 'TICKED'
  | 'NOT_TICKED'
  | 'NO_MUST_REQUIREMENTS'
  | 'MUST_REQUIREMENTS_TRACED'
  | 'MUST_REQUIREMENT_UNTRACED'
  | 'MUST_REQUIREMENT_UNTRACED_MORE'
  | 'NO_VENDORS'
  | 'VENDOR_SCORES_GIVEN'
  | 'VENDOR_SCORE_MISSING'
  | 'VENDOR_SCORE_MISSING_MORE'
  | 'DECISION_RECORDED'
  | 'NO_DECISION'
  | 'NO_PROCESSES'
  | 'PROCESSES_VALIDATED'
  | 'PROCESS_NOT_VALIDATED'
  | 'PROCESS_NOT_VALIDATED_MORE'
  | 'NO_WAVES'
  | 'WAVE_GONE'
  | 'WAVE_WITHOUT_SCOPE'
  | 'WAVE_WITHOUT_KEY_USERS'
  | 'WAVE_STAFFED'
  | 'NO_LIVE_WAVES'
  | 'WAVE_SEVERE_ITEMS'
  | 'WAVE_CADENCE'
  | 'NO_KPIS'
  | 'KPI_BASELINES'
  | 'KPI_WITHOUT_BASELINE'
  | 'KPI_WITHOUT_BASELINE_MORE'
  | 'KPI_GONE'
  | 'KPI_NOT_MEASURED'
  | 'KPI_LATEST'
  | 'NO_ROLES_NEEDED'
  | 'ROLES_HELD'
  | 'ROLE_NOT_HELD'
  | 'ROLE_NOT_HELD_MORE';

/** A wave's training verdict over its first 90 days (`CadenceStatus`), as words. */
export type CadenceVerdictCode = 'CADENCE_NOT_PLANNED' | 'CADENCE_UNDER' | 'CADENCE_GAP' | 'CADENCE_ON_TRACK' | 'CADENCE_OVER';

export type MessageCode =
  | GenericErrorReason
  | FieldProblemCode
  | RefusalCode
  | HealthMessageCode
  | GateBlockerCode
  | GateEvidenceCode
  | HypercareExitBlockerCode
  | CadenceVerdictCode;

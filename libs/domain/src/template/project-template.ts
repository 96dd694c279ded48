import type { CommunicationChannel } from '../communications/communication-plan';
import { addDays, daysBetween } from '../phases/milestone-schedule';
import type { GateRule } from '../phases/gate-rules';
import type { IsoDate } from '../projects/project-schedule';
import standard from './standard-template.json';

export type PhaseKind = 'NEEDS_ANALYSIS' | 'PROCESS_REDESIGN' | 'TECHNOLOGY_SELECTION' | 'PHASED_ROLLOUT' | 'TRAINING' | 'CUSTOM';
export type TaskPriority = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

/** A point in the program: a fraction of the way from start (0) to go-live (1), or days after go-live. */
export type TemplateWhen = { at: number } | { afterGoLiveDays: number };

export interface TemplateRole {
  key: string;
  name: string;
  description: string;
}

/**
 * An exit criterion of a template: a box to tick, or one judged by a rule over the program's data,
 * either asking for the sign-off of the role with that key.
 */
export interface TemplateExitCriterion {
  label: string;
  rule?: GateRule;
  signOffRole?: string;
}

export interface TemplatePhase {
  kind: PhaseKind;
  name: string;
  window: { from: TemplateWhen; to: TemplateWhen };
  exitCriteria: TemplateExitCriterion[];
  milestones: { key: string; name: string; due: TemplateWhen }[];
}

/**
 * A prerequisite of a template task: its key, or its key with a lag in working days (positive:
 * wait after it finishes; negative: overlap its end).
 */
export type TemplateDependsOn = string | { task: string; lagDays: number };

/** A prerequisite as a plan stores it: the task's key and the lag, 0 when the template gave none. */
export function templateDependency(dependsOn: TemplateDependsOn): { task: string; lagDays: number } {
  return typeof dependsOn === 'string' ? { task: dependsOn, lagDays: 0 } : dependsOn;
}

/**
 * A message of a program's communications plan, which every new wave starts with: sent at an
 * offset from the wave's go-live, to the wave's business units and these roles, by the owner role.
 */
export interface TemplateCommunication {
  /** Days from go-live: negative before it, 0 on the day. */
  offsetDays: number;
  title: string;
  body: string;
  channel: CommunicationChannel;
  /** Keys of the roles the message speaks to besides the wave's business units. */
  audienceRoles: string[];
  /** The key of the role that sends it; the communications lead when left out. */
  ownerRole?: string;
}

export interface TemplateTask {
  key: string;
  title: string;
  description: string;
  phase: PhaseKind;
  milestone?: string;
  role: string;
  priority: TaskPriority;
  due: TemplateWhen;
  estimateHours: number;
  dependsOn?: TemplateDependsOn[];
}

export interface TemplateRisk {
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  mitigation: string;
  role: string;
}

export interface TemplateKpi {
  key: string;
  name: string;
  unit: string;
  direction: 'UP' | 'DOWN';
  baseline: number | null;
  target: number;
  description: string;
}

export interface ProjectTemplate {
  /** Set on templates written by `exportTemplate` or imported; the built-ins carry theirs beside them. */
  name?: string;
  crmProduct?: string;
  description?: string;
  roles: TemplateRole[];
  phases: TemplatePhase[];
  tasks: TemplateTask[];
  risks: TemplateRisk[];
  kpis: TemplateKpi[];
  /** Left out: the program plans the standard messages (templates written before plans travelled with them). */
  communications?: TemplateCommunication[];
}

/** Our standard CRM implementation template; the text lives in standard-template.json. */
export const STANDARD_TEMPLATE = standard as ProjectTemplate;

/** The role catalog every project starts with. */
export const ROLE_CATALOG: TemplateRole[] = STANDARD_TEMPLATE.roles;

/** Turns a template's relative point in time into a calendar date for this program. */
export function planDate(when: TemplateWhen, startDate: IsoDate, goLiveDate: IsoDate): IsoDate {
  if ('afterGoLiveDays' in when) return addDays(goLiveDate, when.afterGoLiveDays);
  return addDays(startDate, Math.round(when.at * daysBetween(startDate, goLiveDate)));
}

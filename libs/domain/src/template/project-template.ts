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
  dependsOn?: string[];
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

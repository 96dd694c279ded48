import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { GateRule, gateRuleDescription } from '@crm/domain';

import { ExitCriterionKind, GateRuleModel } from './exit-criterion-gate.model';

export enum PhaseKind {
  NEEDS_ANALYSIS = 'NEEDS_ANALYSIS',
  PROCESS_REDESIGN = 'PROCESS_REDESIGN',
  TECHNOLOGY_SELECTION = 'TECHNOLOGY_SELECTION',
  PHASED_ROLLOUT = 'PHASED_ROLLOUT',
  TRAINING = 'TRAINING',
  CUSTOM = 'CUSTOM',
}

export enum PhaseStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}

export enum MilestoneStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
}

registerEnumType(PhaseKind, { name: 'PhaseKind' });
registerEnumType(PhaseStatus, { name: 'PhaseStatus' });
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus' });

@ObjectType('ExitCriterion')
export class ExitCriterionModel {
  @Field(() => ID)
  id: string;

  phaseId: string;

  @Field()
  label: string;

  @Field({ description: 'Whether the box is ticked; a RULE criterion is never ticked: see `met`.' })
  done: boolean;

  @Field(() => ExitCriterionKind)
  kind: ExitCriterionKind;

  @Field(() => GateRuleModel, { nullable: true, description: 'The rule a RULE criterion is judged by; null for a checkbox.' })
  rule: GateRuleModel | null;

  signOffRoleId: string | null;

  @Field(() => Int, { description: 'Goes up with every change; a rename sent with an older one is refused with CONFLICT.' })
  version: number;
}

@ObjectType('Phase')
export class PhaseModel {
  @Field(() => ID)
  id: string;

  projectId: string;

  @Field(() => PhaseKind)
  kind: PhaseKind;

  @Field()
  name: string;

  @Field(() => Int)
  position: number;

  @Field(() => PhaseStatus)
  status: PhaseStatus;

  @Field(() => String, { nullable: true })
  plannedStart: string | null;

  @Field(() => String, { nullable: true })
  plannedEnd: string | null;

  @Field(() => String, { nullable: true })
  actualStart: string | null;

  @Field(() => String, { nullable: true })
  actualEnd: string | null;

  /** The role chosen to answer for the gate; null when the project manager does (resolved as ownerRole). */
  ownerRoleId: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType('PhaseProgress')
export class PhaseProgressModel {
  @Field(() => Int)
  doneTasks: number;

  @Field(() => Int)
  totalTasks: number;

  @Field(() => Float, { description: 'Share of tasks done, 0 to 1.' })
  ratio: number;
}

@ObjectType('Milestone')
export class MilestoneModel {
  @Field(() => ID)
  id: string;

  projectId: string;
  phaseId: string;

  @Field()
  name: string;

  @Field({ description: 'YYYY-MM-DD' })
  dueDate: string;

  @Field(() => MilestoneStatus)
  status: MilestoneStatus;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  /** Resolved as `ownerRole`; null means the program's project manager is reminded. */
  ownerRoleId: string | null;

  @Field(() => Int)
  version: number;
}

export interface PhaseRow {
  id: string;
  project_id: string;
  kind: PhaseKind;
  name: string;
  position: number;
  status: PhaseStatus;
  planned_start: string | null;
  planned_end: string | null;
  actual_start: string | null;
  actual_end: string | null;
  owner_role_id: string | null;
  version: number;
}

export function toPhase(r: PhaseRow): PhaseModel {
  return {
    id: r.id,
    projectId: r.project_id,
    kind: r.kind,
    name: r.name,
    position: r.position,
    status: r.status,
    plannedStart: r.planned_start,
    plannedEnd: r.planned_end,
    actualStart: r.actual_start,
    actualEnd: r.actual_end,
    ownerRoleId: r.owner_role_id ?? null,
    version: r.version,
  };
}

export interface MilestoneRow {
  id: string;
  project_id: string;
  phase_id: string;
  name: string;
  due_date: string;
  status: MilestoneStatus;
  completed_at: Date | null;
  owner_role_id: string | null;
  version: number;
}

export function toMilestone(r: MilestoneRow): MilestoneModel {
  return {
    id: r.id,
    projectId: r.project_id,
    phaseId: r.phase_id,
    name: r.name,
    dueDate: r.due_date,
    status: r.status,
    completedAt: r.completed_at,
    ownerRoleId: r.owner_role_id ?? null,
    version: r.version,
  };
}

export interface ExitCriterionRow {
  id: string;
  phase_id: string;
  /** Present where the criterion was read with its phase (byPhases, find). */
  project_id?: string;
  label: string;
  done: boolean;
  kind: ExitCriterionKind;
  rule: GateRule | null;
  sign_off_role_id: string | null;
  position: number;
  version: number;
}

export function toExitCriterion(r: ExitCriterionRow): ExitCriterionModel {
  return {
    id: r.id,
    phaseId: r.phase_id,
    label: r.label,
    done: r.done,
    kind: r.kind,
    rule: r.rule ? { kind: r.rule.kind, waveId: r.rule.waveId ?? null, kpiKey: r.rule.kpiKey ?? null, threshold: r.rule.threshold ?? null, description: gateRuleDescription(r.rule) } : null,
    signOffRoleId: r.sign_off_role_id,
    version: r.version,
  };
}

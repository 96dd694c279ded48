import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ConnectionType } from '../../common/graphql/pagination';

export enum TaskStatus {
  TODO = 'TODO',
  IN_PROGRESS = 'IN_PROGRESS',
  BLOCKED = 'BLOCKED',
  DONE = 'DONE',
}

export enum TaskPriority {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}

export enum OwnerSource {
  ASSIGNEE = 'ASSIGNEE',
  ROLE = 'ROLE',
  UNOWNED = 'UNOWNED',
}

registerEnumType(TaskStatus, { name: 'TaskStatus' });
registerEnumType(TaskPriority, { name: 'TaskPriority' });
registerEnumType(OwnerSource, { name: 'OwnerSource', description: 'Why the owner owns the task.' });

@ObjectType('Task')
export class TaskModel {
  @Field(() => ID)
  id: string;

  seq: string;
  projectId: string;
  phaseId: string;
  milestoneId: string | null;
  roleId: string;
  assigneeId: string | null;

  @Field(() => ID, { nullable: true, description: 'The rollout wave this task belongs to; its role is then owned by the wave’s holder first, then the program’s.' })
  waveId: string | null;

  /** The primary holder of the task's role, read with the task so owner resolution needs no extra query. */
  primaryHolderId: string | null;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => TaskStatus)
  status: TaskStatus;

  @Field(() => TaskPriority)
  priority: TaskPriority;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate: string | null;

  @Field(() => Float, { nullable: true })
  estimateHours: number | null;

  /** The recorded length in working days; `durationDays` on the API falls back to the dates (planning area). */
  recordedDurationDays: number | null;

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

export const TaskConnection = ConnectionType(TaskModel, 'Task');

export interface TaskRow {
  id: string;
  seq: string;
  project_id: string;
  phase_id: string;
  milestone_id: string | null;
  role_id: string;
  assignee_id: string | null;
  wave_id: string | null;
  primary_holder_id: string | null;
  title: string;
  description: string;
  status: TaskStatus;
  priority: TaskPriority;
  start_date: string | null;
  due_date: string | null;
  estimate_hours: string | null;
  duration_days: number | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export function toTask(r: TaskRow): TaskModel {
  return {
    id: r.id,
    seq: String(r.seq),
    projectId: r.project_id,
    phaseId: r.phase_id,
    milestoneId: r.milestone_id,
    roleId: r.role_id,
    assigneeId: r.assignee_id,
    waveId: r.wave_id ?? null,
    primaryHolderId: r.primary_holder_id,
    title: r.title,
    description: r.description,
    status: r.status,
    priority: r.priority,
    startDate: r.start_date,
    dueDate: r.due_date,
    estimateHours: r.estimate_hours === null ? null : Number(r.estimate_hours),
    recordedDurationDays: r.duration_days ?? null,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

@ObjectType('TaskDependency', { description: 'A "waits for" link between two tasks, finish-to-start, with the lag between them.' })
export class TaskDependencyModel {
  @Field(() => ID, { description: 'The task that waits.' })
  taskId: string;

  @Field(() => ID, { description: 'The task it waits for.' })
  dependsOnId: string;

  @Field(() => Int, { description: 'Working days the waiting task begins after the other finishes; negative overlaps it.' })
  lagDays: number;

  /** The task it waits for, when it was read with the link; `dependsOn` loads it otherwise. */
  prerequisite?: TaskModel;
}

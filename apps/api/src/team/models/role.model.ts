import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { PersonModel } from '../../people/models/person.model';

@ObjectType('Role')
export class RoleModel {
  @Field(() => ID)
  id: string;

  projectId: string;

  @Field({ description: 'Stable key, e.g. BUSINESS_ANALYST; custom roles get one from their name.' })
  key: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field()
  custom: boolean;
}

@ObjectType('RoleAssignment')
export class RoleAssignmentModel {
  @Field(() => ID)
  id: string;

  projectId: string;
  roleId: string;
  personId: string;

  @Field(() => Int, { description: 'Share of the person’s capacity given to this role, 1–100.' })
  allocationPercent: number;

  @Field({ description: 'The primary holder owns the role’s tasks (of the wave, for a holder in a wave).' })
  primary: boolean;

  @Field(() => ID, { nullable: true, description: 'The rollout wave this person holds the role in; null for the whole program.' })
  waveId: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType('OverAllocation')
export class OverAllocationModel {
  @Field(() => PersonModel)
  person: PersonModel;

  @Field(() => Int, { description: 'Sum of the person’s allocations across active projects.' })
  totalPercent: number;
}

@ObjectType('WaveRoleWork')
export class WaveRoleWorkModel {
  @Field(() => ID)
  roleId: string;

  @Field(() => ID)
  waveId: string;

  @Field(() => Int, { description: 'Open tasks of this role in this wave.' })
  openTaskCount: number;
}

@ObjectType('Team')
export class TeamModel {
  @Field(() => [RoleModel], { description: 'Every role of the project, with its holders.' })
  roles: RoleModel[];

  @Field(() => [RoleModel], { description: 'Roles nobody holds: their tasks have no owner.' })
  unfilledRoles: RoleModel[];

  @Field(() => [OverAllocationModel])
  overAllocated: OverAllocationModel[];

  @Field(() => [WaveRoleWorkModel], { description: 'Open tasks of each role in each rollout wave, for finding the waves where nobody would own them.' })
  openWaveWork: WaveRoleWorkModel[];
}

export interface RoleRow {
  id: string;
  project_id: string;
  key: string;
  name: string;
  description: string;
  custom: boolean;
}

export function toRole(row: RoleRow): RoleModel {
  return { id: row.id, projectId: row.project_id, key: row.key, name: row.name, description: row.description, custom: row.custom };
}

export interface AssignmentRow {
  id: string;
  project_id: string;
  role_id: string;
  person_id: string;
  allocation_percent: number;
  is_primary: boolean;
  wave_id: string | null;
  version: number;
}

export function toAssignment(row: AssignmentRow): RoleAssignmentModel {
  return {
    id: row.id,
    projectId: row.project_id,
    roleId: row.role_id,
    personId: row.person_id,
    allocationPercent: row.allocation_percent,
    primary: row.is_primary,
    waveId: row.wave_id ?? null,
    version: row.version,
  };
}

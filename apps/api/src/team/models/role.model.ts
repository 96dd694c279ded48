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

  @Field({ description: 'The primary holder owns the role’s tasks.' })
  primary: boolean;

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

@ObjectType('Team')
export class TeamModel {
  @Field(() => [RoleModel], { description: 'Every role of the project, with its holders.' })
  roles: RoleModel[];

  @Field(() => [RoleModel], { description: 'Roles nobody holds: their tasks have no owner.' })
  unfilledRoles: RoleModel[];

  @Field(() => [OverAllocationModel])
  overAllocated: OverAllocationModel[];
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
    version: row.version,
  };
}

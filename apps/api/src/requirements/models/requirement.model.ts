import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import type { Department as DepartmentKey, MoscowPriority as MoscowKey, RequirementStatus as StatusKey } from '@crm/domain';

import { MessageModel } from '../../common/graphql/message.model';

export enum Department {
  SALES = 'SALES',
  MARKETING = 'MARKETING',
  FINANCE = 'FINANCE',
  SERVICE = 'SERVICE',
  IT = 'IT',
  MANAGEMENT = 'MANAGEMENT',
  CUSTOMER = 'CUSTOMER',
}

export enum MoscowPriority {
  MUST = 'MUST',
  SHOULD = 'SHOULD',
  COULD = 'COULD',
  WONT = 'WONT',
}

export enum RequirementStatus {
  CAPTURED = 'CAPTURED',
  AGREED = 'AGREED',
  COVERED = 'COVERED',
  REJECTED = 'REJECTED',
}

registerEnumType(Department, { name: 'Department', description: 'Where a need comes from.' });
registerEnumType(MoscowPriority, { name: 'MoscowPriority', description: 'Must have, should have, could have, won’t have (this time).' });
registerEnumType(RequirementStatus, { name: 'RequirementStatus' });

@ObjectType('Requirement')
export class RequirementModel {
  @Field(() => ID)
  id: string;

  projectId: string;
  stakeholderId: string | null;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => Department)
  department: Department;

  @Field(() => MoscowPriority)
  priority: MoscowPriority;

  @Field(() => RequirementStatus)
  status: RequirementStatus;

  @Field({ description: 'The gap between what the business can do today and what it needs.' })
  gapNote: string;

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;
}

@ObjectType('CountByDepartment')
export class CountByDepartmentModel {
  @Field(() => Department)
  department: Department;

  @Field(() => Int)
  count: number;
}

@ObjectType('CountByPriority')
export class CountByPriorityModel {
  @Field(() => MoscowPriority)
  priority: MoscowPriority;

  @Field(() => Int)
  count: number;
}

@ObjectType('RequirementCounts')
export class RequirementCountsModel {
  @Field(() => Int)
  total: number;

  @Field(() => [CountByDepartmentModel])
  byDepartment: CountByDepartmentModel[];

  @Field(() => [CountByPriorityModel])
  byPriority: CountByPriorityModel[];
}

@ObjectType('ImportRowError')
export class ImportRowErrorModel {
  @Field(() => Int, { description: 'The row as a spreadsheet numbers it: the header is row 1.' })
  row: number;

  @Field({ description: 'The problem in English; `problem` is the same for the client to word.' })
  message: string;

  @Field(() => MessageModel, { description: 'The problem as a code and its values, for the client to word.' })
  problem: MessageModel;
}

@ObjectType('RequirementImportResult')
export class RequirementImportResultModel {
  @Field(() => Int, { description: 'Requirements added; 0 whenever any row has an error.' })
  imported: number;

  @Field(() => [ImportRowErrorModel])
  errors: ImportRowErrorModel[];
}

export interface RequirementRow {
  id: string;
  seq: string;
  project_id: string;
  title: string;
  description: string;
  department: DepartmentKey;
  stakeholder_id: string | null;
  priority: MoscowKey;
  status: StatusKey;
  gap_note: string;
  version: number;
  created_at: Date;
}

export function toRequirement(r: RequirementRow): RequirementModel {
  return {
    id: r.id,
    projectId: r.project_id,
    stakeholderId: r.stakeholder_id,
    title: r.title,
    description: r.description,
    department: r.department as Department,
    priority: r.priority as MoscowPriority,
    status: r.status as RequirementStatus,
    gapNote: r.gap_note,
    version: r.version,
    createdAt: r.created_at,
  };
}

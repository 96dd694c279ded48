import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Department } from '../../requirements/models/requirement.model';

export enum ProcessStatus {
  DOCUMENTED = 'DOCUMENTED',
  REDESIGNED = 'REDESIGNED',
  VALIDATED = 'VALIDATED',
  AUTOMATED = 'AUTOMATED',
}

registerEnumType(ProcessStatus, {
  name: 'ProcessStatus',
  description: 'DOCUMENTED → REDESIGNED → VALIDATED → AUTOMATED; automating needs a validated process.',
});

@ObjectType('Process')
export class ProcessModel {
  @Field(() => ID)
  id: string;

  projectId: string;
  ownerRoleId: string | null;

  @Field()
  name: string;

  @Field(() => Department)
  department: Department;

  @Field({ description: 'How the process runs today.' })
  asIs: string;

  @Field({ description: 'How it should run.' })
  toBe: string;

  @Field(() => ProcessStatus)
  status: ProcessStatus;

  @Field(() => Int)
  version: number;
}

export interface ProcessRow {
  id: string;
  project_id: string;
  name: string;
  department: string;
  owner_role_id: string | null;
  as_is: string;
  to_be: string;
  status: ProcessStatus;
  version: number;
}

export function toProcess(r: ProcessRow): ProcessModel {
  return {
    id: r.id,
    projectId: r.project_id,
    ownerRoleId: r.owner_role_id,
    name: r.name,
    department: r.department as Department,
    asIs: r.as_is,
    toBe: r.to_be,
    status: r.status,
    version: r.version,
  };
}

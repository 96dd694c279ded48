import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ProjectPermission } from '../../common/access/project-access';
import { ProjectTemplateKind } from '../project-template.service';

export enum ProjectStatus {
  ACTIVE = 'ACTIVE',
  ON_HOLD = 'ON_HOLD',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** How the program organises its CRM team. */
export enum ProjectTeamModel {
  /** One central CRM team serves every business unit. */
  CENTRALIZED = 'CENTRALIZED',
  /** Each business unit runs its own CRM people. */
  DECENTRALIZED = 'DECENTRALIZED',
  /** A central core with people in the business units. */
  HYBRID = 'HYBRID',
}

registerEnumType(ProjectStatus, { name: 'ProjectStatus' });
registerEnumType(ProjectTeamModel, { name: 'ProjectTeamModel' });
registerEnumType(ProjectPermission, { name: 'ProjectPermission' });
registerEnumType(ProjectTemplateKind, { name: 'ProjectTemplate' });

@ObjectType('Project')
export class ProjectModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  crmProduct: string;

  @Field({ description: 'YYYY-MM-DD' })
  startDate: string;

  @Field({ description: 'YYYY-MM-DD' })
  targetGoLiveDate: string;

  @Field(() => ProjectStatus)
  status: ProjectStatus;

  @Field(() => ProjectTeamModel, { nullable: true, description: 'How the CRM team is organised; null until someone says.' })
  teamModel: ProjectTeamModel | null;

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When an owner archived the program (read-only until unarchived); null while it is in use.' })
  archivedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When an owner removed the program; set only in removedProjects.' })
  removedAt: Date | null;
}

export interface ProjectRow extends Record<string, unknown> {
  organisation_id: string;
  id: string;
  name: string;
  crm_product: string;
  start_date: string;
  target_go_live_date: string;
  status: ProjectStatus;
  team_model: ProjectTeamModel | null;
  /** Bumped by every update; an update that names an older version is refused. */
  version: number;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  archived_at: Date | null;
  removed_at?: Date | null;
}

export function toProject(row: ProjectRow): ProjectModel {
  return {
    id: row.id,
    name: row.name,
    crmProduct: row.crm_product,
    startDate: row.start_date,
    targetGoLiveDate: row.target_go_live_date,
    status: row.status,
    teamModel: row.team_model,
    version: row.version,
    createdAt: row.created_at,
    archivedAt: row.archived_at,
    removedAt: row.removed_at ?? null,
  };
}

import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { InvitationStatus } from '@crm/domain';

import { ProjectPermission } from '../../common/access/project-access';

export enum ProjectInvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  REVOKED = 'REVOKED',
}
registerEnumType(ProjectInvitationStatus, { name: 'ProjectInvitationStatus' });

export interface InvitationRow {
  id: string;
  project_id: string;
  email: string;
  permission: ProjectPermission;
  invited_by: string;
  created_at: Date;
  status: InvitationStatus;
  answered_at: Date | null;
  project_name: string;
  organisation_id: string;
  invited_by_name: string;
}

@ObjectType('ProjectInvitation', { description: 'An invitation to a project; the invitee becomes a member only by accepting it.' })
export class ProjectInvitationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  projectId: string;

  @Field(() => String)
  projectName: string;

  @Field(() => String)
  email: string;

  @Field(() => ProjectPermission)
  permission: ProjectPermission;

  @Field(() => String, { description: 'Who sent it.' })
  invitedByName: string;

  @Field()
  createdAt: Date;

  @Field(() => ProjectInvitationStatus)
  status: ProjectInvitationStatus;
}

export function toInvitation(row: InvitationRow): ProjectInvitationModel {
  return {
    id: row.id,
    projectId: row.project_id,
    projectName: row.project_name,
    email: row.email,
    permission: row.permission,
    invitedByName: row.invited_by_name,
    createdAt: new Date(row.created_at),
    status: row.status as ProjectInvitationStatus,
  };
}

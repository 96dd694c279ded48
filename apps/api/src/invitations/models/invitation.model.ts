import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { invitationStatus, OrganisationInvitationStatus } from '@crm/domain';

import { OrganisationRoleValue, UserModel } from '../../auth/models/user.model';
import { ProjectPermission } from '../../common/access/project-access';
import { InvitationRow } from '../invitations.repository';

export enum InvitationStatusValue {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationStatusValue, { name: 'InvitationStatus', description: 'EXPIRED: still pending past its 7 days; resend it for a new link.' });

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => OrganisationRoleValue)
  role: `${OrganisationRoleValue}`;

  @Field(() => ID, { nullable: true })
  projectId: string | null;

  @Field(() => String, { nullable: true })
  projectName: string | null;

  @Field(() => ProjectPermission, { nullable: true })
  permission: ProjectPermission | null;

  @Field(() => InvitationStatusValue, { description: 'ACCEPTED at once when a colleague of the organisation was invited to a program: they joined it without a link.' })
  status: OrganisationInvitationStatus;

  @Field(() => UserModel, { nullable: true })
  invitedBy: UserModel | null;

  @Field()
  createdAt: Date;

  @Field()
  sentAt: Date;

  @Field()
  expiresAt: Date;
}

@ObjectType('InvitationPreview', { description: 'What the holder of an invitation link is invited to, before accepting.' })
export class InvitationPreviewModel {
  @Field()
  organisationName: string;

  @Field()
  email: string;

  @Field(() => OrganisationRoleValue)
  role: `${OrganisationRoleValue}`;

  @Field(() => ID, { nullable: true, description: 'The program the invitation also shares, to open right after accepting.' })
  projectId: string | null;

  @Field(() => String, { nullable: true })
  projectName: string | null;

  @Field(() => String, { nullable: true })
  invitedByName: string | null;

  @Field()
  expiresAt: Date;

  @Field({ description: 'True when the email has an account: accepting then asks for its password only.' })
  accountExists: boolean;
}

export function toInvitation(row: InvitationRow, now = new Date()): InvitationModel {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    projectId: row.project_id,
    projectName: row.project_name,
    permission: row.permission,
    status: invitationStatus(row.status, row.expires_at, now),
    invitedBy: row.invited_by && row.invited_by_name ? { id: row.invited_by, name: row.invited_by_name, email: row.invited_by_email ?? '' } : null,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    expiresAt: row.expires_at,
  };
}

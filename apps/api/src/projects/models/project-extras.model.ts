import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { UserModel } from '../../auth/models/user.model';
import { ProjectPermission } from '../../common/access/project-access';

export enum ProjectMemberStatus {
  /** A member now. */
  ACTIVE = 'ACTIVE',
  /** Invited by email; becomes a member only by accepting. */
  PENDING = 'PENDING',
}
registerEnumType(ProjectMemberStatus, { name: 'ProjectMemberStatus' });

@ObjectType('ProjectMember')
export class ProjectMemberModel {
  @Field(() => UserModel, { nullable: true, description: 'The member; null while the invitation is pending, so that nobody learns whether the email has an account.' })
  user: UserModel | null;

  @Field(() => ProjectPermission)
  permission: ProjectPermission;

  @Field(() => ProjectMemberStatus, { description: 'ACTIVE for a member, PENDING for an invitation not yet accepted.' })
  status: ProjectMemberStatus;

  @Field(() => String, { description: 'The email the member signed up with, or the invitation was sent to.' })
  email: string;

  @Field(() => ID, { nullable: true, description: 'The pending invitation, when status is PENDING.' })
  invitationId: string | null;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';

import { ProjectPermission } from '../../common/access/project-access';

/** Names one member of one program. */
@InputType()
export class RemoveProjectMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field(() => ID, { description: 'The member to remove; your own id to leave the program.' })
  @IsUUID('all', { message: 'userId must be the id of a member.' })
  userId: string;
}

@InputType()
export class UpdateProjectMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be the id of a member.' })
  userId: string;

  @Field(() => ProjectPermission, { description: 'OWNER hands ownership over (or shares it); the last owner cannot step down.' })
  @IsEnum(ProjectPermission, { message: 'permission must be OWNER, EDITOR or VIEWER.' })
  permission: ProjectPermission;
}

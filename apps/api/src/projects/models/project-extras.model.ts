import { Field, ID, ObjectType } from '@nestjs/graphql';

import { UserModel } from '../../auth/models/user.model';
import { ProjectPermission } from '../../common/access/project-access';

@ObjectType('ProjectMember')
export class ProjectMemberModel {
  @Field(() => UserModel)
  user: UserModel;

  @Field(() => ProjectPermission)
  permission: ProjectPermission;
}

@ObjectType('TaskDependency')
export class TaskDependencyModel {
  @Field(() => ID, { description: 'The task that waits.' })
  taskId: string;

  @Field(() => ID, { description: 'The task it waits for.' })
  dependsOnId: string;
}

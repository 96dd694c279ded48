import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ProjectPermission } from '../project-member.entity';
import { ProjectStatus } from '../project.entity';

registerEnumType(ProjectStatus, { name: 'ProjectStatus' });
registerEnumType(ProjectPermission, { name: 'ProjectPermission' });

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

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;
}

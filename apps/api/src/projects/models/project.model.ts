import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ProjectPermission } from '../project-member.entity';
import { ProjectTemplateKind } from '../project-template.service';
import { ProjectStatus } from '../project.entity';

registerEnumType(ProjectStatus, { name: 'ProjectStatus' });
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

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;
}

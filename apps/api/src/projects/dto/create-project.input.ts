import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

import { IsIsoDate } from '../../common/validation/is-iso-date';
import { ProjectTemplateKind } from '../project-template.service';
import { Trim } from '../../common/validation/trim';

@InputType()
export class CreateProjectInput {
  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Give the program a name.' })
  @MaxLength(120, { message: 'Name must be at most 120 characters.' })
  name: string;

  @Field({ description: 'The CRM being implemented, e.g. Salesforce Sales Cloud, Dynamics 365, HubSpot.' })
  @Trim()
  @IsNotEmpty({ message: 'Say which CRM product is being implemented.' })
  @MaxLength(80, { message: 'CRM product must be at most 80 characters.' })
  crmProduct: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate({ message: 'Start date must be a real date written as YYYY-MM-DD.' })
  startDate: string;

  @Field({ description: 'YYYY-MM-DD, after the start date.' })
  @IsIsoDate({ message: 'Target go-live must be a real date written as YYYY-MM-DD.' })
  targetGoLiveDate: string;

  @Field(() => ProjectTemplateKind, {
    defaultValue: ProjectTemplateKind.STANDARD,
    description: 'STANDARD starts from our CRM implementation plan; EMPTY starts with the role catalog only.',
  })
  @IsEnum(ProjectTemplateKind, { message: 'template must be STANDARD or EMPTY.' })
  template: ProjectTemplateKind = ProjectTemplateKind.STANDARD;

  @Field(() => ID, {
    nullable: true,
    description: 'The template to start from (see `templates`): builtin:standard by default, a CRM variant or one your organisation imported. Not with template EMPTY.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64, { message: 'templateId must be the id of a template from the list.' })
  templateId?: string | null;
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';

import { IsIsoDate } from '../../common/validation/is-iso-date';
import { ProjectPermission } from '../../common/access/project-access';
import { ProjectStatus, ProjectTeamModel } from '../models/project.model';
import { Trim } from '../../common/validation/trim';

@InputType()
export class UpdateProjectInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a project id.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  @IsInt()
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'Name cannot be empty.' })
  @MaxLength(120, { message: 'Name must be at most 120 characters.' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'CRM product cannot be empty.' })
  @MaxLength(80, { message: 'CRM product must be at most 80 characters.' })
  crmProduct?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIsoDate({ message: 'Start date must be a real date written as YYYY-MM-DD.' })
  startDate?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIsoDate({ message: 'Target go-live must be a real date written as YYYY-MM-DD.' })
  targetGoLiveDate?: string;

  @Field(() => ProjectStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectStatus)
  status?: ProjectStatus;

  @Field(() => ProjectTeamModel, { nullable: true, description: 'CENTRALIZED, DECENTRALIZED or HYBRID.' })
  @IsOptional()
  @IsEnum(ProjectTeamModel, { message: 'teamModel must be CENTRALIZED, DECENTRALIZED or HYBRID.' })
  teamModel?: ProjectTeamModel;
}

@InputType()
export class AddProjectMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be a project id.' })
  projectId: string;

  @Field({ description: 'The email to invite; an invitation is sent whether or not it has an account yet.' })
  @IsEmail({}, { message: 'Enter a valid email address.' })
  email: string;

  @Field(() => ProjectPermission, { description: 'EDITOR or VIEWER.' })
  @IsIn([ProjectPermission.EDITOR, ProjectPermission.VIEWER], { message: 'permission must be EDITOR or VIEWER.' })
  permission: ProjectPermission;
}

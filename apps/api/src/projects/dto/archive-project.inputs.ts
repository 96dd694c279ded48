import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsUUID } from 'class-validator';

@InputType()
export class ArchiveProjectInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a project id.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  @IsInt({ message: 'version must be a whole number.' })
  version: number;
}

@InputType()
export class UnarchiveProjectInput extends ArchiveProjectInput {}

@InputType({ description: 'The program to remove and the version you read.' })
export class DeleteProjectInput extends ArchiveProjectInput {}

@InputType({ description: 'A program you removed in the last 30 days.' })
export class RestoreProjectInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a project id.' })
  id: string;
}

@ArgsType()
export class ProjectsArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Also list archived programs.' })
  @IsBoolean()
  includeArchived = false;
}

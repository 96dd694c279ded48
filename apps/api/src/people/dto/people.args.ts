import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsOptional, IsString, Max, Min } from 'class-validator';

@ArgsType()
export class PeopleArgs {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  search?: string;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1, { message: 'first must be at least 1.' })
  @Max(100, { message: 'first must be at most 100.' })
  first = 50;
}

import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEmail, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../common/validation/trim';
import { Clearable } from '../../common/validation/clearable';

@InputType()
export class UpdatePersonInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a person id.' })
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
  @IsEmail({}, { message: 'Enter a valid email address.' })
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(80, { message: 'Department must be at most 80 characters.' })
  @Clearable()
  department?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(80, { message: 'Business unit must be at most 80 characters.' })
  @Clearable()
  businessUnit?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'Capacity must be at least 1 hour per week.' })
  @Max(80, { message: 'Capacity must be at most 80 hours per week.' })
  capacityHoursPerWeek?: number;
}

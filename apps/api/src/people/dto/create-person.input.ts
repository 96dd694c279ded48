import { Field, Float, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../common/validation/trim';

@InputType()
export class CreatePersonInput {
  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Name is required.' })
  @MaxLength(120, { message: 'Name must be at most 120 characters.' })
  name: string;

  @Field()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  email: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(80, { message: 'Department must be at most 80 characters.' })
  department?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(80, { message: 'Business unit must be at most 80 characters.' })
  businessUnit?: string | null;

  @Field(() => Float, { defaultValue: 40, description: 'Hours per week this person can give to CRM work.' })
  @Min(1, { message: 'Capacity must be at least 1 hour per week.' })
  @Max(80, { message: 'Capacity must be at most 80 hours per week.' })
  capacityHoursPerWeek = 40;
}

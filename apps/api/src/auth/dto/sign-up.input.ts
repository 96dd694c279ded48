import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../common/validation/trim';

@InputType()
export class SignUpInput {
  @Field()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(254, { message: 'Email must be at most 254 characters.' })
  email: string;

  @Field()
  @MinLength(10, { message: 'Password must be at least 10 characters.' })
  @MaxLength(200, { message: 'Password must be at most 200 characters.' })
  password: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Name is required.' })
  @MaxLength(120, { message: 'Name must be at most 120 characters.' })
  name: string;

  @Field({ nullable: true, description: 'The new organisation’s name; defaults to "<name>\'s organisation".' })
  @IsOptional()
  @Trim()
  @MaxLength(120, { message: 'Organisation name must be at most 120 characters.' })
  organisationName?: string;
}

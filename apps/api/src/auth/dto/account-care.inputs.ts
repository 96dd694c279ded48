import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, MaxLength, Min, MinLength } from 'class-validator';

import { LANGUAGES } from '@crm/domain';

import { IsTimeZone } from '../../common/validation/is-time-zone';
import { Trim } from '../../common/validation/trim';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsNotEmpty({ message: 'Enter your current password.' })
  @MaxLength(200, { message: 'Password must be at most 200 characters.' })
  currentPassword: string;

  @Field()
  @MinLength(10, { message: 'Password must be at least 10 characters.' })
  @MaxLength(200, { message: 'Password must be at most 200 characters.' })
  newPassword: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(254, { message: 'Email must be at most 254 characters.' })
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsNotEmpty({ message: 'The link is incomplete: open it again from the mail.' })
  @MaxLength(200, { message: 'The link is not valid.' })
  token: string;

  @Field()
  @MinLength(10, { message: 'Password must be at least 10 characters.' })
  @MaxLength(200, { message: 'Password must be at most 200 characters.' })
  password: string;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => Int)
  @IsInt({ message: 'version must be a whole number.' })
  @Min(1, { message: 'version must be at least 1.' })
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'Name is required.' })
  @MaxLength(120, { message: 'Name must be at most 120 characters.' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'en, nl or it; empty follows the browser.' })
  @IsOptional()
  @IsIn([...LANGUAGES, ''], { message: 'Language must be en, nl or it.' })
  locale?: string | null;

  @Field(() => String, { nullable: true, description: 'An IANA time zone; empty follows the browser.' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string | null;
}

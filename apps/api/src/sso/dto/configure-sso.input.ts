import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';

@InputType()
export class ConfigureSsoInput {
  @Field(() => Int, { nullable: true, description: 'The organisation version the admin saw; CONFLICT when it changed since. Omitted: saved over whatever is there.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;

  @Field({ description: 'The OpenID provider’s issuer, e.g. https://login.microsoftonline.com/<tenant>/v2.0.' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  issuer: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  clientId: string;

  @Field(() => String, { nullable: true, description: 'Required the first time; leave it out to keep the stored secret.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  clientSecret?: string | null;

  @Field(() => [String], { description: 'Emails from these domains may sign in (and join) through the provider.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(253, { each: true })
  allowedDomains: string[];

  @Field({ description: 'False: members sign in through the provider only.' })
  @IsBoolean()
  passwordSignIn: boolean;
}

@InputType()
export class RemoveSsoInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class CompleteSsoSignInInput {
  @Field({ description: 'The one-time code single sign-on put in the /sso-complete address.' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  code: string;
}

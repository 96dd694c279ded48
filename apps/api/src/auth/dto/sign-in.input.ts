import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, MaxLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  email: string;

  @Field()
  @IsNotEmpty({ message: 'Password is required.' })
  @MaxLength(200, { message: 'Password must be at most 200 characters.' })
  password: string;
}

import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';

@InputType()
export class ConfirmSignUpInput {
  @Field({ description: 'The token from the link in the “Confirm your email” mail.' })
  @IsNotEmpty({ message: 'The link is incomplete: open it again from the mail.' })
  @MaxLength(200, { message: 'The link is not valid.' })
  token: string;
}

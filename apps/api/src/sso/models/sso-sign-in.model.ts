import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('SsoSignIn', { description: 'How members of an organisation sign in, for its sign-in page.' })
export class SsoSignInModel {
  @Field()
  organisationName: string;

  @Field({ description: 'Open this address (a full page load) to sign in through the provider.' })
  startUrl: string;

  @Field({ description: 'Where the button leads (the provider’s host name), so people see whom they are about to give their password to.' })
  providerHost: string;

  @Field({ description: 'Whether the email and password form is still offered too.' })
  passwordSignIn: boolean;
}

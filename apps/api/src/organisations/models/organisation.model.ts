import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { OrganisationRoleValue, UserModel } from '../../auth/models/user.model';

@ObjectType('SsoSettings', { description: 'Single sign-on as configured; the client secret is never returned.' })
export class SsoSettingsModel {
  @Field()
  issuer: string;

  @Field()
  clientId: string;

  @Field(() => [String])
  allowedDomains: string[];

  @Field({ description: 'The address to share: the sign-in page with this organisation’s button.' })
  signInUrl: string;
}

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  slug: string;

  @Field(() => Int)
  version: number;

  @Field(() => OrganisationRoleValue, { description: 'The signed-in account’s role.' })
  myRole: `${OrganisationRoleValue}`;

  @Field({ description: 'Whether members may sign in with a password; false means single sign-on only.' })
  passwordSignIn: boolean;

  @Field(() => SsoSettingsModel, { nullable: true })
  sso: SsoSettingsModel | null;

  @Field({ description: 'The redirect address to register at the identity provider for this organisation’s single sign-on.' })
  ssoRedirectUrl: string;
}

@ObjectType('OrganisationMember')
export class OrganisationMemberModel {
  @Field(() => UserModel)
  user: UserModel;

  @Field(() => OrganisationRoleValue)
  role: `${OrganisationRoleValue}`;

  @Field()
  active: boolean;

  @Field(() => Date, { nullable: true })
  deactivatedAt: Date | null;

  @Field()
  joinedAt: Date;

  @Field(() => Int, { description: 'For reactivateMember: moves on when the member is deactivated or reactivated.' })
  version: number;
}

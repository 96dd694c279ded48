import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum OrganisationRoleValue {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(OrganisationRoleValue, { name: 'OrganisationRole', description: 'An account’s place in its organisation.' });

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  // The fields below are filled where the account itself is shown (me, sign-in, the organisation's
  // members); a program's member list leaves them out.
  @Field(() => OrganisationRoleValue, { nullable: true })
  organisationRole?: `${OrganisationRoleValue}`;

  @Field(() => String, { nullable: true, description: 'The language the user chose, e.g. "en"; null follows the browser.' })
  locale?: string | null;

  @Field(() => String, { nullable: true, description: 'An IANA time zone, e.g. "Europe/Amsterdam"; null follows the browser.' })
  timeZone?: string | null;

  @Field(() => Int, { nullable: true, description: 'For updateProfile.' })
  version?: number;
}

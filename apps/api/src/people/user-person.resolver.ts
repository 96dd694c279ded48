import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { UserModel } from '../auth/models/user.model';
import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { PersonModel } from './models/person.model';
import { PeopleService } from './people.service';

/** A signed-in user is the person in the directory with the same email. */
@Resolver(() => UserModel)
export class UserPersonResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => PersonModel, { nullable: true, description: 'Your entry in the people directory, matched by email.' })
  person(@Parent() user: UserModel, @CurrentUser() me: AuthUser): Promise<PersonModel | null> {
    // Every User this API shows is of the caller's organisation.
    return this.people.personForEmail(me.organisationId, user.email);
  }
}

import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { CreatePersonInput } from './dto/create-person.input';
import { PeopleArgs } from './dto/people.args';
import { UpdatePersonInput } from './dto/update-person.input';
import { PersonModel } from './models/person.model';
import { PeopleService } from './people.service';

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @Query(() => [PersonModel], { name: 'people', description: 'The people directory, filtered by name or email.' })
  searchPeople(@Args() args: PeopleArgs, @CurrentUser() user: AuthUser): Promise<PersonModel[]> {
    return this.people.search(args.search, args.first, user.id);
  }

  @Mutation(() => PersonModel)
  createPerson(@Args('input') input: CreatePersonInput, @CurrentUser() user: AuthUser): Promise<PersonModel> {
    return this.people.create(input, user.id);
  }

  @Mutation(() => PersonModel)
  updatePerson(@Args('input') input: UpdatePersonInput, @CurrentUser() user: AuthUser): Promise<PersonModel> {
    return this.people.update(input, user.id);
  }
}

import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { CreatePersonInput } from './dto/create-person.input';
import { UpdatePersonInput } from './dto/update-person.input';
import { PersonModel } from './models/person.model';
import { PeopleService } from './people.service';

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @Query(() => [PersonModel], { name: 'people', description: 'The people directory, filtered by name or email.' })
  searchPeople(
    @CurrentUser() user: AuthUser,
    @Args('search', { nullable: true }) search?: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
  ): Promise<PersonModel[]> {
    return this.people.search(search, Math.min(Math.max(first, 1), 100), user.id);
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

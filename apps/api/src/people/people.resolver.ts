import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CreatePersonInput } from './dto/create-person.input';
import { UpdatePersonInput } from './dto/update-person.input';
import { PersonModel } from './models/person.model';
import { PeopleService } from './people.service';

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @Query(() => [PersonModel], { name: 'people', description: 'The people directory, filtered by name or email.' })
  searchPeople(
    @Args('search', { nullable: true }) search?: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
  ): Promise<PersonModel[]> {
    return this.people.search(search, Math.min(Math.max(first, 1), 100));
  }

  @Mutation(() => PersonModel)
  createPerson(@Args('input') input: CreatePersonInput): Promise<PersonModel> {
    return this.people.create(input);
  }

  @Mutation(() => PersonModel)
  updatePerson(@Args('input') input: UpdatePersonInput): Promise<PersonModel> {
    return this.people.update(input);
  }
}

import { Module } from '@nestjs/common';

import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { UserPersonResolver } from './user-person.resolver';

@Module({
  providers: [PeopleResolver, PeopleService, UserPersonResolver],
  exports: [PeopleService],
})
export class PeopleModule {}

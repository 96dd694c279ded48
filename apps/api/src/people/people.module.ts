import { Module } from '@nestjs/common';

import { PeopleRepository } from './people.repository';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { UserPersonResolver } from './user-person.resolver';

@Module({
  providers: [PeopleResolver, PeopleService, PeopleRepository, UserPersonResolver],
  exports: [PeopleService, PeopleRepository],
})
export class PeopleModule {}

import { Module } from '@nestjs/common';

import { PeopleModule } from '../people/people.module';
import { TeamRepository } from './team.repository';
import { RoleAssignmentsResolver, RolesResolver } from './team.resolver';
import { TeamService } from './team.service';

@Module({
  imports: [PeopleModule],
  providers: [RolesResolver, RoleAssignmentsResolver, TeamService, TeamRepository],
  exports: [TeamService, TeamRepository],
})
export class TeamModule {}

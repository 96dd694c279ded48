import { forwardRef, Module } from '@nestjs/common';

import { PeopleModule } from '../people/people.module';
import { TasksModule } from '../tasks/tasks.module';
import { RoleNotices } from './role-notices';
import { TeamRepository } from './team.repository';
import { RoleAssignmentsResolver, RolesResolver } from './team.resolver';
import { TeamService } from './team.service';

@Module({
  // Tasks that follow a role are counted for its new primary holder; the tasks area itself reads roles.
  imports: [PeopleModule, forwardRef(() => TasksModule)],
  providers: [RolesResolver, RoleAssignmentsResolver, TeamService, TeamRepository, RoleNotices],
  exports: [TeamService, TeamRepository],
})
export class TeamModule {}

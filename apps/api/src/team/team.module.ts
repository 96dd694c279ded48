import { Module } from '@nestjs/common';

import { RoleAssignmentsResolver, RolesResolver } from './team.resolver';
import { TeamService } from './team.service';

@Module({
  providers: [RolesResolver, RoleAssignmentsResolver, TeamService],
  exports: [TeamService],
})
export class TeamModule {}

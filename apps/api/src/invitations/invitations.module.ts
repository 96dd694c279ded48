import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { ProjectsModule } from '../projects/projects.module';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsResolver, ProgramInvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [AuthModule, AuditModule, ProjectsModule],
  providers: [InvitationsRepository, InvitationsService, InvitationsResolver, ProgramInvitationsResolver],
})
export class InvitationsModule {}

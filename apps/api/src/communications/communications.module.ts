import { forwardRef, Module } from '@nestjs/common';

import { RolloutModule } from '../rollout/rollout.module';
import { TeamModule } from '../team/team.module';
import { CommunicationsRepository } from './communications.repository';
import { CommunicationsResolver } from './communications.resolver';
import { CommunicationsService } from './communications.service';

@Module({
  // A wave writes its plan through this module, and this module reads waves back; the team
  // area reaches rollout through tasks and phases, so it is referred to lazily too.
  imports: [forwardRef(() => RolloutModule), forwardRef(() => TeamModule)],
  providers: [CommunicationsResolver, CommunicationsService, CommunicationsRepository],
  exports: [CommunicationsService, CommunicationsRepository],
})
export class CommunicationsModule {}

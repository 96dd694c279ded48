import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { AccessModule } from '../common/access/access.module';
import { PeopleModule } from '../people/people.module';
import { PersonTrashResolver, RECORD_TRASH_RESOLVERS, TrashResolver } from './trash.resolver';
import { TrashRepository } from './trash.repository';
import { TrashService } from './trash.service';

/** The program's trash: removal and restore of every record kind, and the trash list. */
@Module({
  imports: [AccessModule, AuditModule, PeopleModule],
  providers: [TrashRepository, TrashService, TrashResolver, PersonTrashResolver, ...RECORD_TRASH_RESOLVERS],
  exports: [TrashService],
})
export class TrashModule {}

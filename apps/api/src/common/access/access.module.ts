import { Global, Module } from '@nestjs/common';

import { ProjectAccessRepository } from './project-access.repository';

@Global()
@Module({ providers: [ProjectAccessRepository], exports: [ProjectAccessRepository] })
export class AccessModule {}

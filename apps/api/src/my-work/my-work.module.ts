import { Module } from '@nestjs/common';

import { PeopleModule } from '../people/people.module';
import { TasksModule } from '../tasks/tasks.module';
import { MyWorkRepository } from './my-work.repository';
import { MyWorkResolver } from './my-work.resolver';
import { MyWorkService } from './my-work.service';

@Module({
  imports: [PeopleModule, TasksModule],
  providers: [MyWorkResolver, MyWorkService, MyWorkRepository],
})
export class MyWorkModule {}

import { Query, Resolver } from '@nestjs/graphql';

import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { MyWorkModel } from './models/my-work.model';
import { MyWorkService } from './my-work.service';

@Resolver(() => MyWorkModel)
export class MyWorkResolver {
  constructor(private readonly work: MyWorkService) {}

  /** Not project-scoped: it spans every program the user is a member of, and only those. */
  @Query(() => MyWorkModel, {
    description:
      'Your open work across your programs: tasks you own (assigned, or by the role you hold as primary), upcoming sessions you train or attend, risks you own, and open milestones of programs you own or hold a role in.',
  })
  myWork(@CurrentUser() user: AuthUser): Promise<MyWorkModel> {
    return this.work.of(user);
  }
}

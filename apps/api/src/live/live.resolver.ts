import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';

import { Access } from '../common/access/project-scoped.decorator';
import { CanView } from '../common/access/project-scoped.decorator';
import { ProjectAccess } from '../common/access/project-access';
import { unauthenticated } from '../common/errors/app-error';
import { LiveEventsService, ProjectChange } from './live-events.service';
import { LiveRepository } from './live.repository';
import { ProjectChangeModel, toProjectChange } from './models/project-change.model';
import { SocketRequest } from './socket-context';
import { WatchedEvents } from './watched-changes';

@Resolver()
export class LiveResolver {
  constructor(
    private readonly live: LiveEventsService,
    private readonly repository: LiveRepository,
  ) {}

  @Subscription(() => ProjectChangeModel, {
    description: 'Every change made in the program, as soon as it is committed, for as long as you remain its member.',
    resolve: (change: ProjectChange) => toProjectChange(change),
  })
  @CanView('projectId')
  projectChanged(
    @Args('projectId', { type: () => ID }) _projectId: string,
    @Access() access: ProjectAccess,
    @Context('req') req: SocketRequest,
  ): AsyncIterableIterator<ProjectChange> {
    // Subscriptions arrive only over the socket, which records the token version it verified.
    if (req.tokenVersion === undefined) throw unauthenticated();
    const tokenVersion = req.tokenVersion;
    return new WatchedEvents(this.live.projectChanges(access.projectId), () =>
      this.repository.mayStillWatch(access.projectId, access.userId, tokenVersion),
    );
  }
}

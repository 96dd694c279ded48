import { Args, Query, Resolver } from '@nestjs/graphql';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanView } from '../common/access/project-scoped.decorator';
import { SearchArgs } from './dto/search.args';
import { SearchHitModel } from './models/search-hit.model';
import { SearchService } from './search.service';

@Resolver(() => SearchHitModel)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => [SearchHitModel], {
    description:
      'Tasks, milestones, requirements, people and risks of the program whose words start with every word of the text ("train" finds "training"), best first: at most 20 of a kind and 50 in all.',
  })
  @CanView('projectId')
  search(@Args() args: SearchArgs, @Access() access: ProjectAccess): Promise<SearchHitModel[]> {
    return this.searchService.search(access, args.text);
  }
}

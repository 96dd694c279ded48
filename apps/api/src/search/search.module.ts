import { Module } from '@nestjs/common';

import { SearchRepository } from './search.repository';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** The program search box: one read-only statement over other areas' tables, owning none. */
@Module({
  providers: [SearchResolver, SearchService, SearchRepository],
})
export class SearchModule {}

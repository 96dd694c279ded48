import { Module } from '@nestjs/common';

import { SelectionCriteriaResolver, SelectionResolver } from './selection.resolver';
import { SelectionService } from './selection.service';

@Module({
  providers: [SelectionResolver, SelectionCriteriaResolver, SelectionService],
})
export class SelectionModule {}

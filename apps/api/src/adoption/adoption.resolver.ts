import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { Language } from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanEdit, CanView } from '../common/access/project-scoped.decorator';
import { ReaderLanguage } from '../common/i18n/reader-language';
import { AdoptionService } from './adoption.service';
import { ImportUsageDataInput, SetWaveUsersInput } from './dto/adoption.inputs';
import { UsageImportResultModel, WaveAdoptionModel } from './models/adoption.model';

@Resolver()
export class AdoptionResolver {
  constructor(private readonly service: AdoptionService) {}

  @Mutation(() => UsageImportResultModel, {
    description:
      'Imports a CRM usage export (all or nothing); matched to people by email, unmatched rows reported. Then puts inactive wave users on the re-training list and measures USER_ADOPTION.',
  })
  @CanEdit('input.projectId')
  importUsageData(@Args('input') input: ImportUsageDataInput, @Access() access: ProjectAccess, @ReaderLanguage() language: Language): Promise<UsageImportResultModel> {
    return this.service.importUsageData(input, access, language);
  }

  @Query(() => WaveAdoptionModel, { description: 'Active and licensed users of a wave over the last 7 and 30 days, by business unit, and who is inactive.' })
  @CanView('waveId', 'RolloutWave')
  adoption(@Args('waveId', { type: () => ID }) waveId: string, @Access() access: ProjectAccess): Promise<WaveAdoptionModel> {
    return this.service.waveAdoption(waveId, access);
  }

  @Mutation(() => WaveAdoptionModel, { description: 'Sets the people added to a wave by hand (besides the business units in its scope).' })
  @CanEdit('input.waveId', 'RolloutWave')
  setWaveUsers(@Args('input') input: SetWaveUsersInput, @Access() access: ProjectAccess): Promise<WaveAdoptionModel> {
    return this.service.setWaveUsers(input, access);
  }
}

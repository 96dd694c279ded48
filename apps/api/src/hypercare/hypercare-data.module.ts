import { Module } from '@nestjs/common';

import { HypercareRepository } from './hypercare.repository';

/**
 * The hypercare tables on their own, for areas that read them without the rest of hypercare:
 * the rollout area's close gate and health. Hypercare itself needs the rollout area, so its
 * repository lives here to keep the modules free of a cycle.
 */
@Module({ providers: [HypercareRepository], exports: [HypercareRepository] })
export class HypercareDataModule {}

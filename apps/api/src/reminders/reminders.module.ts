import { Module } from '@nestjs/common';

import { CommunicationsModule } from '../communications/communications.module';
import { HealthModule } from '../health/health.module';
import { PhasesModule } from '../phases/phases.module';
import { ProjectsModule } from '../projects/projects.module';
import { RolloutModule } from '../rollout/rollout.module';
import { TeamModule } from '../team/team.module';
import { TrainingModule } from '../training/training.module';
import { CommunicationReminders } from './communication-reminders';
import { MilestoneReminders } from './milestone-reminders';
import { ReminderCatchUp } from './reminder-catch-up';
import { SessionReminders } from './session-reminders';
import { WeeklyStatus } from './weekly-status';

/**
 * The scheduled notifications: one job handler per kind, registered with JobsService. The areas
 * schedule these jobs themselves through reminder-jobs.ts; this module only reads their tables.
 */
@Module({
  imports: [CommunicationsModule, HealthModule, PhasesModule, ProjectsModule, RolloutModule, TeamModule, TrainingModule],
  providers: [MilestoneReminders, CommunicationReminders, SessionReminders, WeeklyStatus, ReminderCatchUp],
  exports: [ReminderCatchUp],
})
export class RemindersModule {}

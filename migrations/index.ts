import { UsersAndProjects1764000000000 } from './1764000000000-users-and-projects';
import { CorePlanningModel1764100000000 } from './1764100000000-core-planning-model';
import { PhaseWorkspaces1764200000000 } from './1764200000000-phase-workspaces';
import { TrainingKpisRisks1764300000000 } from './1764300000000-training-kpis-risks';
import { TaskOwnershipViewAndPersonCreator1764400000000 } from './1764400000000-task-ownership-view-and-person-creator';
import { AddedVersionToKpiMeasurement1764500000100 } from './1764500000100-added-version-to-kpi-measurement';
import { OneWavePerGoLiveMilestone1764500000200 } from './1764500000200-one-wave-per-go-live-milestone';
import { ProjectInvitations1764600000200 } from './1764600000200-project-invitations';
import { UniqueKpiNamesAndPositions1764600000000 } from './1764600000000-unique-kpi-names-and-positions';
import { HashedExpiringFeedTokens1764600000100 } from './1764600000100-hashed-expiring-feed-tokens';
import { TaskFigureIndexes1764700000100 } from './1764700000100-task-figure-indexes';
import { OpenTasksByPhaseIndex1764700000200 } from './1764700000200-open-tasks-by-phase-index';
import { TaskIndexesAndSeqPerProgram1764700000000 } from './1764700000000-task-indexes-and-seq-per-program';
import { Trash1764800000000 } from './1764800000000-trash';
import { ArchivedProjects1764800000010 } from './1764800000010-archived-projects';
import { ProjectTeamModel1764800000011 } from './1764800000011-project-team-model';
import { SearchIndexes1764800000030 } from './1764800000030-search-indexes';
import { TaskTableOrderIndexes1764800000040 } from './1764800000040-task-table-order-indexes';
import { ExitCriterionVersionAndPhaseOrder1764800000050 } from './1764800000050-exit-criterion-version-and-phase-order';
import { RemovedProjects1764800000060 } from './1764800000060-removed-projects';
import { Organisations1764900000000 } from './1764900000000-organisations';
import { ProgramInvitationsJoinOrganisationInvitations1764900000500 } from './1764900000500-program-invitations-join-organisation-invitations';
import { SsoLoginBinding1764900000800 } from './1764900000800-sso-login-binding';
import { Notifications1765000000100 } from './1765000000100-notifications';
import { Jobs1765000000200 } from './1765000000200-jobs';
import { GateAndKpiOwners1765000000300 } from './1765000000300-gate-and-kpi-owners';
import { Comments1765000000400 } from './1765000000400-comments';
import { TaskDurations1765000000600 } from './1765000000600-task-durations';
import { Baselines1765000000700 } from './1765000000700-baselines';
import { DependencyLag1765000000800 } from './1765000000800-dependency-lag';
import { RolesPerWave1765000000900 } from './1765000000900-roles-per-wave';
import { UsageData1765000001200 } from './1765000001200-usage-data';
import { HypercareSupportItems1765000001300 } from './1765000001300-hypercare-support-items';
import { CommunicationsPlan1765000001400 } from './1765000001400-communications-plan';
import { GateRulesAndSignOffs1765000001500 } from './1765000001500-gate-rules-and-sign-offs';
import { ProgramTemplates1765000001600 } from './1765000001600-program-templates';
import { ProgramCommunicationPlans1765000001700 } from './1765000001700-program-communication-plans';
import { UsageReviewNoteMessage1765000001810 } from './1765000001810-usage-review-note-message';

/** Listed explicitly, oldest first, so bundlers and the CLI see the same set. */
export const migrations = [
  UsersAndProjects1764000000000,
  CorePlanningModel1764100000000,
  PhaseWorkspaces1764200000000,
  TrainingKpisRisks1764300000000,
  TaskOwnershipViewAndPersonCreator1764400000000,
  AddedVersionToKpiMeasurement1764500000100,
  OneWavePerGoLiveMilestone1764500000200,
  UniqueKpiNamesAndPositions1764600000000,
  HashedExpiringFeedTokens1764600000100,
  ProjectInvitations1764600000200,
  TaskIndexesAndSeqPerProgram1764700000000,
  TaskFigureIndexes1764700000100,
  OpenTasksByPhaseIndex1764700000200,
  Trash1764800000000,
  ArchivedProjects1764800000010,
  ProjectTeamModel1764800000011,
  SearchIndexes1764800000030,
  TaskTableOrderIndexes1764800000040,
  ExitCriterionVersionAndPhaseOrder1764800000050,
  RemovedProjects1764800000060,
  Organisations1764900000000,
  ProgramInvitationsJoinOrganisationInvitations1764900000500,
  SsoLoginBinding1764900000800,
  Notifications1765000000100,
  Jobs1765000000200,
  GateAndKpiOwners1765000000300,
  Comments1765000000400,
  TaskDurations1765000000600,
  Baselines1765000000700,
  DependencyLag1765000000800,
  RolesPerWave1765000000900,
  UsageData1765000001200,
  HypercareSupportItems1765000001300,
  CommunicationsPlan1765000001400,
  GateRulesAndSignOffs1765000001500,
  ProgramTemplates1765000001600,
  ProgramCommunicationPlans1765000001700,
  UsageReviewNoteMessage1765000001810,
];

import { getNamedType, GraphQLField, GraphQLSchema, isLeafType } from 'graphql';

import { assignRole, createPerson, createStandardProject, StandardProject } from './fixtures';
import { SignedIn, TestApp } from './test-app';

/**
 * Every operation on a program's records, with valid (and malformed) arguments built from one
 * fixture program: the rows of the access matrix and of the organisation isolation matrix.
 */

export interface Fixture {
  project: StandardProject;
  taskId: string;
  taskVersion: number;
  personId: string;
  assignmentId: string;
  requirementId: string;
  processId: string;
  vendorId: string;
  criterionId: string;
  waveId: string;
  waveVersion: number;
  readinessItemId: string;
  sessionId: string;
  kpiId: string;
  kpiVersion: number;
  /** A measurement of the first KPI, user adoption (a percentage). */
  measurementId: string;
  riskId: string;
  riskVersion: number;
  /** A pending (mailed) organisation invitation to the project, to an email nobody signed up with. */
  invitationId: string;
  /** The project's one owner. */
  ownerId: string;
  /** One record of each kind that can be removed, with its version (1 where the kind has none). */
  records: Record<string, { id: string; version: number }>;
  /** A risk removed to the trash, for the restore cases. */
  trashedId: string;
  /** The owner's comment on the task. */
  commentId: string;
  /** A wave that has gone live, with one support item. */
  liveWaveId: string;
  supportItemId: string;
  supportItemVersion: number;
}

export interface MutationCase {
  name: string;
  document: string;
  valid: (f: Fixture) => Record<string, unknown>;
  /**
   * One malformed input: the API must answer BAD_USER_INPUT and store nothing. Ids stay real:
   * an id that is not one answers NOT_FOUND, like a record the caller may not see.
   */
  malformed: (f: Fixture) => Record<string, unknown>;
  /** Why a viewer may do this; the matrix then expects the viewer's call to succeed. */
  viewerMay?: string;
}

/** The kinds of program record with `delete<Kind>` and `restore<Kind>`; people are the shared directory's (see NOT_PROJECT_SCOPED_MUTATIONS). */
export const TRASH_KINDS = ['Phase', 'ExitCriterion', 'Milestone', 'Task', 'Role', 'RoleAssignment', 'Requirement', 'Process', 'Vendor', 'Criterion', 'Score', 'RolloutWave', 'ReadinessItem', 'Communication', 'TrainingSession', 'AttendanceEntry', 'UsageReview', 'Kpi', 'KpiMeasurement', 'Risk', 'Baseline'];

/** Each accepted `saveBaseline` case needs a name of its own: names are unique per program. */
let baselinesSaved = 0;

const m = (name: string, inputType: string) => `mutation($input: ${inputType}!) { ${name}(input: $input) { __typename } }`;

export const CASES: MutationCase[] = [
  {
    name: 'updateProject',
    document: m('updateProject', 'UpdateProjectInput'),
    valid: (f) => ({ id: f.project.id, version: 1, name: 'Renamed' }),
    malformed: (f) => ({ id: f.project.id, version: 1, targetGoLiveDate: '2026-01-01' }),
  },
  {
    name: 'addProjectMember',
    document: m('addProjectMember', 'AddProjectMemberInput'),
    valid: (f) => ({ projectId: f.project.id, email: 'someone@example.test', permission: 'EDITOR' }),
    malformed: (f) => ({ projectId: f.project.id, email: 'not an email', permission: 'EDITOR' }),
  },
  {
    name: 'createRole',
    document: m('createRole', 'CreateRoleInput'),
    valid: (f) => ({ projectId: f.project.id, name: 'Integration lead' }),
    malformed: (f) => ({ projectId: f.project.id, name: '' }),
  },
  {
    name: 'assignRole',
    document: m('assignRole', 'AssignRoleInput'),
    // In one wave: a wave's holders are the program's records like the program-wide ones.
    valid: (f) => ({ projectId: f.project.id, roleKey: 'TRAINER', personId: f.personId, allocationPercent: 20, waveId: f.waveId }),
    malformed: (f) => ({ projectId: f.project.id, roleKey: 'TRAINER', personId: f.personId, allocationPercent: 20, waveId: 'Nordics' }),
  },
  {
    name: 'unassignRole',
    document: m('unassignRole', 'UnassignRoleInput'),
    valid: (f) => ({ projectId: f.project.id, roleKey: 'BUSINESS_ANALYST', personId: f.personId }),
    malformed: (f) => ({ projectId: f.project.id, roleKey: 'BUSINESS_ANALYST', personId: 'nobody' }),
  },
  {
    name: 'updateRoleAssignment',
    document: m('updateRoleAssignment', 'UpdateRoleAssignmentInput'),
    valid: (f) => ({ id: f.assignmentId, version: 1, allocationPercent: 50 }),
    malformed: (f) => ({ id: f.assignmentId, version: 1, allocationPercent: 0 }),
  },
  {
    name: 'createTask',
    document: m('createTask', 'CreateTaskInput'),
    valid: (f) => ({ projectId: f.project.id, phaseId: f.project.phases[0].id, title: 'New', roleKey: 'CRM_ADMIN', waveId: f.waveId }),
    malformed: (f) => ({ projectId: f.project.id, phaseId: f.project.phases[0].id, title: '   ', roleKey: 'CRM_ADMIN' }),
  },
  {
    name: 'updateTask',
    document: m('updateTask', 'UpdateTaskInput'),
    valid: (f) => ({ id: f.taskId, version: f.taskVersion, title: 'Changed', waveId: f.waveId }),
    malformed: (f) => ({ id: f.taskId, version: f.taskVersion, dueDate: '31/12/2027' }),
  },
  {
    name: 'setTaskStatus',
    document: m('setTaskStatus', 'SetTaskStatusInput'),
    valid: (f) => ({ id: f.taskId, version: f.taskVersion, status: 'DONE' }),
    malformed: (f) => ({ id: f.taskId, version: f.taskVersion, status: 'FINISHED' }),
  },
  {
    name: 'updateTasks',
    document: m('updateTasks', 'UpdateTasksInput'),
    valid: (f) => ({ projectId: f.project.id, items: [{ id: f.taskId, version: f.taskVersion }], status: 'BLOCKED' }),
    malformed: (f) => ({ projectId: f.project.id, items: [{ id: f.taskId, version: 1.5 }], status: 'BLOCKED' }),
  },
  {
    name: 'deleteTask',
    document: m('deleteTask', 'DeleteTaskInput'),
    valid: (f) => ({ id: f.taskId, version: f.taskVersion }),
    malformed: (f) => ({ id: f.taskId, version: 1.5 }),
  },
  {
    name: 'createPhase',
    document: m('createPhase', 'CreatePhaseInput'),
    valid: (f) => ({ projectId: f.project.id, name: 'Data migration', plannedStart: '2027-03-01', plannedEnd: '2027-04-01' }),
    malformed: (f) => ({ projectId: f.project.id, name: 'Data migration', plannedStart: '2027-04-01', plannedEnd: '2027-03-01' }),
  },
  {
    name: 'updatePhase',
    document: m('updatePhase', 'UpdatePhaseInput'),
    valid: (f) => ({ id: f.project.phases[0].id, version: 1, plannedEnd: '2027-03-01', ownerRoleKey: 'TRAINER' }),
    malformed: (f) => ({ id: f.project.phases[0].id, version: 1, plannedStart: '2027-02-30' }),
  },
  {
    name: 'completePhase',
    document: m('completePhase', 'VersionedIdInput'),
    valid: (f) => ({ id: f.project.phases[0].id, version: 1 }),
    malformed: (f) => ({ id: f.project.phases[0].id, version: 1.5 }),
  },
  {
    name: 'carryOverTasks',
    document: m('carryOverTasks', 'CarryOverTasksInput'),
    valid: (f) => ({ phaseId: f.project.phases[0].id, toPhaseId: f.project.phases[1].id, taskIds: [f.taskId] }),
    malformed: (f) => ({ phaseId: f.project.phases[0].id, toPhaseId: f.project.phases[1].id, taskIds: [] }),
  },
  {
    // Owners only: the viewer case below is refused like an editor would be.
    name: 'reopenPhase',
    document: m('reopenPhase', 'ReopenPhaseInput'),
    valid: (f) => ({ id: f.project.phases[0].id, version: 1, reason: 'Sign-off withdrawn' }),
    malformed: (f) => ({ id: f.project.phases[0].id, version: 1, reason: '' }),
  },
  {
    name: 'setExitCriterion',
    document: m('setExitCriterion', 'SetExitCriterionInput'),
    valid: (f) => ({ id: f.project.phases[0].exitCriteria[0].id, done: true }),
    malformed: (f) => ({ id: f.project.phases[0].exitCriteria[0].id, done: 'yes' }),
  },
  {
    name: 'addExitCriterion',
    document: m('addExitCriterion', 'AddExitCriterionInput'),
    valid: (f) => ({ phaseId: f.project.phases[0].id, label: 'Budget approved' }),
    malformed: (f) => ({ phaseId: f.project.phases[0].id, label: '' }),
  },
  {
    name: 'updateExitCriterion',
    document: m('updateExitCriterion', 'UpdateExitCriterionInput'),
    valid: (f) => ({ id: f.project.phases[0].exitCriteria[0].id, version: 1, label: 'Budget approved by the board' }),
    malformed: (f) => ({ id: f.project.phases[0].exitCriteria[0].id, version: 1, label: ' ' }),
  },
  {
    // Anyone who can see the program may sign, but only as the holder of the criterion's signing
    // role: this viewer holds none, so it is refused with FORBIDDEN like any viewer.
    name: 'signOff',
    document: m('signOff', 'SignOffInput'),
    valid: (f) => ({ criterionId: f.project.phases[0].exitCriteria[0].id, comment: 'Goals read and approved' }),
    malformed: (f) => ({ criterionId: f.project.phases[0].exitCriteria[0].id, comment: ' ' }),
  },
  {
    name: 'createMilestone',
    document: m('createMilestone', 'CreateMilestoneInput'),
    valid: (f) => ({ phaseId: f.project.phases[0].id, name: 'Checkpoint', dueDate: '2027-02-01', ownerRoleKey: 'BUSINESS_ANALYST' }),
    malformed: (f) => ({ phaseId: f.project.phases[0].id, name: 'Checkpoint', dueDate: 'next week' }),
  },
  {
    name: 'updateMilestone',
    document: m('updateMilestone', 'UpdateMilestoneInput'),
    valid: (f) => ({ id: f.project.phases[0].milestones[0].id, version: 1, dueDate: '2027-02-02', ownerRoleKey: null }),
    // A role key the program does not have is refused like an empty name.
    malformed: (f) => ({ id: f.project.phases[0].milestones[0].id, version: 1, ownerRoleKey: 'NO_SUCH_ROLE' }),
  },
  {
    name: 'completeMilestone',
    document: m('completeMilestone', 'VersionedIdInput'),
    valid: (f) => ({ id: f.project.phases[0].milestones[0].id, version: 1 }),
    malformed: (f) => ({ id: f.project.phases[0].milestones[0].id, version: 1.5 }),
  },
  {
    name: 'createRequirement',
    document: m('createRequirement', 'CreateRequirementInput'),
    valid: (f) => ({ projectId: f.project.id, title: 'Forecast by region', department: 'SALES', priority: 'SHOULD' }),
    malformed: (f) => ({ projectId: f.project.id, title: '', department: 'SALES', priority: 'SHOULD' }),
  },
  {
    name: 'updateRequirement',
    document: m('updateRequirement', 'UpdateRequirementInput'),
    valid: (f) => ({ id: f.requirementId, version: 1, status: 'AGREED' }),
    malformed: (f) => ({ id: f.requirementId, version: 1, stakeholderId: 'someone' }),
  },
  {
    name: 'setRequirementsPriority',
    document: m('setRequirementsPriority', 'SetRequirementsPriorityInput'),
    valid: (f) => ({ projectId: f.project.id, ids: [f.requirementId], priority: 'COULD' }),
    malformed: (f) => ({ projectId: f.project.id, ids: [], priority: 'COULD' }),
  },
  {
    name: 'importRequirementsCsv',
    document: m('importRequirementsCsv', 'ImportRequirementsCsvInput'),
    valid: (f) => ({ projectId: f.project.id, csv: 'title,department,priority\nImported,IT,MUST' }),
    malformed: (f) => ({ projectId: f.project.id, csv: '' }),
  },
  {
    name: 'importPlan',
    document: m('importPlan', 'ImportPlanInput'),
    valid: (f) => ({ projectId: f.project.id, format: 'CSV', content: 'title,phase,role,start,duration\nImported step,Needs analysis,Project manager,2027-03-01,2' }),
    malformed: (f) => ({ projectId: f.project.id, format: 'CSV', content: '' }),
  },
  {
    name: 'createProcess',
    document: m('createProcess', 'CreateProcessInput'),
    valid: (f) => ({ projectId: f.project.id, name: 'Order to invoice', department: 'FINANCE' }),
    malformed: (f) => ({ projectId: f.project.id, name: 'Order to invoice', department: 'FINANCE', requirementIds: ['nope'] }),
  },
  {
    name: 'updateProcess',
    document: m('updateProcess', 'UpdateProcessInput'),
    valid: (f) => ({ id: f.processId, version: 1, toBe: 'Automated routing' }),
    malformed: (f) => ({ id: f.processId, version: 1, name: '' }),
  },
  {
    name: 'setProcessStatus',
    document: m('setProcessStatus', 'SetProcessStatusInput'),
    valid: (f) => ({ id: f.processId, version: 1, status: 'REDESIGNED' }),
    malformed: (f) => ({ id: f.processId, version: 1, status: 'FLYING' }),
  },
  {
    name: 'createVendor',
    document: m('createVendor', 'CreateVendorInput'),
    valid: (f) => ({ projectId: f.project.id, name: 'Initech' }),
    malformed: (f) => ({ projectId: f.project.id, name: '  ' }),
  },
  {
    name: 'createCriterion',
    document: m('createCriterion', 'CreateCriterionInput'),
    valid: (f) => ({ projectId: f.project.id, name: 'Mobile app', weight: 10 }),
    malformed: (f) => ({ projectId: f.project.id, name: 'Mobile app', weight: 0 }),
  },
  {
    name: 'updateCriterion',
    document: m('updateCriterion', 'UpdateCriterionInput'),
    valid: (f) => ({ id: f.criterionId, version: 1, weight: 30 }),
    malformed: (f) => ({ id: f.criterionId, version: 1, weight: -5 }),
  },
  {
    name: 'setScore',
    document: m('setScore', 'SetScoreInput'),
    valid: (f) => ({ vendorId: f.vendorId, criterionId: f.criterionId, score: 4 }),
    malformed: (f) => ({ vendorId: f.vendorId, criterionId: f.criterionId, score: 9 }),
  },
  {
    name: 'recordSelectionDecision',
    document: m('recordSelectionDecision', 'RecordSelectionDecisionInput'),
    valid: (f) => ({ projectId: f.project.id, vendorId: f.vendorId, rationale: 'Best fit', decidedBy: 'Steering committee', decidedOn: '2027-03-01' }),
    malformed: (f) => ({ projectId: f.project.id, vendorId: f.vendorId, rationale: '', decidedBy: 'Steering committee', decidedOn: '2027-03-01' }),
  },
  {
    name: 'scheduleTrainingSession',
    document: m('scheduleTrainingSession', 'ScheduleTrainingSessionInput'),
    valid: (f) => ({ waveId: f.waveId, topic: 'Dashboards', startsAt: '2027-05-10T09:00:00Z', durationMinutes: 60, trainerId: f.personId }),
    malformed: (f) => ({ waveId: f.waveId, topic: 'Dashboards', startsAt: '2027-05-10T09:00:00Z', durationMinutes: 60, trainerId: f.personId, timeZone: 'Nowhere/Land' }),
  },
  {
    name: 'updateTrainingSession',
    document: m('updateTrainingSession', 'UpdateTrainingSessionInput'),
    valid: (f) => ({ id: f.sessionId, version: 1, location: 'Room 4' }),
    malformed: (f) => ({ id: f.sessionId, version: 1, durationMinutes: 2 }),
  },
  {
    name: 'recordAttendance',
    document: m('recordAttendance', 'RecordAttendanceInput'),
    valid: (f) => ({ sessionId: f.sessionId, entries: [{ personId: f.personId, status: 'EXCUSED' }] }),
    malformed: (f) => ({ sessionId: f.sessionId, entries: [{ personId: 'someone', status: 'ATTENDED' }] }),
  },
  {
    name: 'recordUsageReview',
    document: m('recordUsageReview', 'RecordUsageReviewInput'),
    valid: (f) => ({ waveId: f.waveId, personId: f.personId, active: false, reviewedOn: '2027-05-20' }),
    malformed: (f) => ({ waveId: f.waveId, active: false, reviewedOn: '2027-05-20' }),
  },
  {
    name: 'importUsageData',
    document: m('importUsageData', 'ImportUsageDataInput'),
    valid: (f) => ({ projectId: f.project.id, format: 'GENERIC', content: 'email,date\nsomeone.unknown@example.test,2026-11-02' }),
    malformed: (f) => ({ projectId: f.project.id, format: 'GENERIC', content: '' }),
  },
  {
    name: 'setWaveUsers',
    document: m('setWaveUsers', 'SetWaveUsersInput'),
    valid: (f) => ({ waveId: f.waveId, personIds: [f.personId] }),
    malformed: (f) => ({ waveId: f.waveId, personIds: ['someone'] }),
  },
  {
    name: 'scheduleRetraining',
    document: m('scheduleRetraining', 'ScheduleRetrainingInput'),
    valid: (f) => ({ waveId: f.waveId, startsAt: '2027-06-01T09:00:00Z', trainerId: f.personId }),
    malformed: (f) => ({ waveId: f.waveId, startsAt: 'soon', trainerId: f.personId }),
  },
  {
    name: 'createRolloutWave',
    document: m('createRolloutWave', 'CreateRolloutWaveInput'),
    valid: (f) => ({ projectId: f.project.id, name: 'Wave X', scope: ['Sales'], goLiveDate: '2027-05-03' }),
    malformed: (f) => ({ projectId: f.project.id, name: 'Wave X', scope: ['Sales', '  '], goLiveDate: '2027-02-30' }),
  },
  {
    name: 'updateRolloutWave',
    document: m('updateRolloutWave', 'UpdateRolloutWaveInput'),
    valid: (f) => ({ id: f.waveId, version: f.waveVersion, goLiveDate: '2027-08-01' }),
    malformed: (f) => ({ id: f.waveId, version: f.waveVersion, name: '   ' }),
  },
  {
    name: 'createCommunication',
    document: m('createCommunication', 'CreateCommunicationInput'),
    valid: (f) => ({ waveId: f.waveId, title: 'Reminder: data freeze on Friday', offsetDays: -3, channel: 'CHAT' }),
    malformed: (f) => ({ waveId: f.waveId, title: '   ', offsetDays: -3, channel: 'CHAT' }),
  },
  {
    name: 'updateCommunication',
    document: m('updateCommunication', 'UpdateCommunicationInput'),
    valid: (f) => ({ id: f.records['Communication'].id, version: f.records['Communication'].version, channel: 'NEWSLETTER' }),
    malformed: (f) => ({ id: f.records['Communication'].id, version: f.records['Communication'].version, offsetDays: 400 }),
  },
  {
    name: 'addReadinessItem',
    document: m('addReadinessItem', 'AddReadinessItemInput'),
    valid: (f) => ({ waveId: f.waveId, label: 'Printers installed' }),
    malformed: (f) => ({ waveId: f.waveId, label: '' }),
  },
  {
    name: 'setReadinessItem',
    document: m('setReadinessItem', 'SetReadinessItemInput'),
    valid: (f) => ({ id: f.readinessItemId, done: true }),
    malformed: (f) => ({ id: f.readinessItemId, done: 'maybe' }),
  },
  {
    name: 'setWaveKeyUsers',
    document: m('setWaveKeyUsers', 'SetWaveKeyUsersInput'),
    valid: (f) => ({ waveId: f.waveId, personIds: [f.personId] }),
    malformed: (f) => ({ waveId: f.waveId, personIds: [f.personId, 'somebody'] }),
  },
  {
    name: 'goLive',
    document: m('goLive', 'GoLiveInput'),
    valid: (f) => ({ waveId: f.waveId }),
    malformed: (f) => ({ waveId: f.waveId, version: 1.5 }),
  },
  {
    name: 'closeWave',
    document: m('closeWave', 'CloseWaveInput'),
    valid: (f) => ({ waveId: f.waveId }),
    malformed: (f) => ({ waveId: f.waveId, version: 1.5 }),
  },
  {
    name: 'createKpi',
    document: m('createKpi', 'CreateKpiInput'),
    valid: (f) => ({ projectId: f.project.id, name: 'Pipeline value', unit: 'EUR', direction: 'UP', target: 1_000_000, ownerRoleKey: 'EXECUTIVE_SPONSOR' }),
    // An owner role the program does not have.
    malformed: (f) => ({ projectId: f.project.id, name: 'Pipeline value', unit: 'EUR', direction: 'UP', target: 1_000_000, ownerRoleKey: 'NO_SUCH_ROLE' }),
  },
  {
    name: 'updateKpi',
    document: m('updateKpi', 'UpdateKpiInput'),
    valid: (f) => ({ id: f.kpiId, version: f.kpiVersion, target: 90, ownerRoleKey: 'CRM_ANALYST' }),
    malformed: (f) => ({ id: f.kpiId, version: f.kpiVersion, name: null }),
  },
  {
    name: 'recordKpiMeasurement',
    document: m('recordKpiMeasurement', 'RecordKpiMeasurementInput'),
    valid: (f) => ({ kpiId: f.kpiId, measuredOn: '2025-01-31', value: 10 }),
    malformed: (f) => ({ kpiId: f.kpiId, measuredOn: '2025-02-30', value: 10 }),
  },
  {
    name: 'updateKpiMeasurement',
    document: m('updateKpiMeasurement', 'UpdateKpiMeasurementInput'),
    valid: (f) => ({ id: f.measurementId, value: 42 }),
    malformed: (f) => ({ id: f.measurementId, value: 764 }),
  },
  {
    name: 'deleteKpiMeasurement',
    document: m('deleteKpiMeasurement', 'DeleteKpiMeasurementInput'),
    valid: (f) => ({ id: f.measurementId }),
    malformed: (f) => ({ id: f.measurementId, version: 1.5 }),
  },
  {
    name: 'createRisk',
    document: m('createRisk', 'CreateRiskInput'),
    valid: (f) => ({ projectId: f.project.id, title: 'Scope creep', likelihood: 3, impact: 3 }),
    malformed: (f) => ({ projectId: f.project.id, title: '  ', likelihood: 3, impact: 3 }),
  },
  {
    name: 'updateRisk',
    document: m('updateRisk', 'UpdateRiskInput'),
    valid: (f) => ({ id: f.riskId, version: f.riskVersion, likelihood: 4 }),
    malformed: (f) => ({ id: f.riskId, version: f.riskVersion, likelihood: 6 }),
  },
  {
    name: 'createSupportItem',
    document: m('createSupportItem', 'CreateSupportItemInput'),
    valid: (f) => ({ waveId: f.liveWaveId, title: 'Quotes do not print', severity: 3, category: 'DEFECT' }),
    malformed: (f) => ({ waveId: f.liveWaveId, title: 'Quotes do not print', severity: 5, category: 'DEFECT' }),
  },
  {
    name: 'updateSupportItem',
    document: m('updateSupportItem', 'UpdateSupportItemInput'),
    valid: (f) => ({ id: f.supportItemId, version: f.supportItemVersion, status: 'IN_PROGRESS' }),
    malformed: (f) => ({ id: f.supportItemId, version: f.supportItemVersion, severity: 0 }),
  },
  {
    // Owners only: the viewer case is refused like an editor would be.
    name: 'updateHypercareTargets',
    document: m('updateHypercareTargets', 'UpdateHypercareTargetsInput'),
    valid: (f) => ({ projectId: f.project.id, targets: [{ severity: 1, responseMinutes: 30, resolutionMinutes: 240 }] }),
    malformed: (f) => ({ projectId: f.project.id, targets: [{ severity: 1, responseMinutes: 30, resolutionMinutes: 10 }] }),
  },
  {
    name: 'updateProjectMember',
    document: m('updateProjectMember', 'UpdateProjectMemberInput'),
    valid: (f) => ({ projectId: f.project.id, userId: f.ownerId, permission: 'EDITOR' }),
    malformed: (f) => ({ projectId: f.project.id, userId: f.ownerId, permission: 'ADMIN' }),
  },
  {
    // Any member may remove themselves; removing someone else is for owners, so the viewer is refused.
    name: 'removeProjectMember',
    document: m('removeProjectMember', 'RemoveProjectMemberInput'),
    valid: (f) => ({ projectId: f.project.id, userId: f.ownerId }),
    malformed: (f) => ({ projectId: f.project.id, userId: 'nobody' }),
  },
  {
    name: 'archiveProject',
    document: m('archiveProject', 'ArchiveProjectInput'),
    valid: (f) => ({ id: f.project.id, version: 1 }),
    malformed: (f) => ({ id: f.project.id, version: 1.5 }),
  },
  {
    name: 'unarchiveProject',
    document: m('unarchiveProject', 'UnarchiveProjectInput'),
    valid: (f) => ({ id: f.project.id, version: 1 }),
    malformed: (f) => ({ id: f.project.id, version: 1.5 }),
  },
  {
    name: 'deleteProject',
    document: m('deleteProject', 'DeleteProjectInput'),
    valid: (f) => ({ id: f.project.id, version: 1 }),
    malformed: (f) => ({ id: f.project.id, version: 1.5 }),
  },
  {
    name: 'restoreProject',
    document: m('restoreProject', 'RestoreProjectInput'),
    valid: (f) => ({ id: f.project.id }),
    malformed: (f) => ({ id: f.project.id, version: 1 }),
  },
  {
    name: 'addComment',
    document: m('addComment', 'AddCommentInput'),
    valid: (f) => ({ subjectType: 'TASK', subjectId: f.taskId, body: 'A question from a viewer' }),
    malformed: (f) => ({ subjectType: 'TASK', subjectId: f.taskId, body: '' }),
    viewerMay: 'anyone who can see the program may comment: asking changes nothing of the plan',
  },
  {
    // Only the author edits a comment: the viewer is refused the owner's.
    name: 'updateComment',
    document: m('updateComment', 'UpdateCommentInput'),
    valid: (f) => ({ id: f.commentId, version: 1, body: 'Changed' }),
    malformed: (f) => ({ id: f.commentId, version: 1, body: 'x'.repeat(10_001) }),
  },
  {
    // The author or a program owner removes a comment: the viewer is neither.
    name: 'deleteComment',
    document: m('deleteComment', 'DeleteCommentInput'),
    valid: (f) => ({ id: f.commentId, version: 1 }),
    malformed: (f) => ({ id: f.commentId, version: 0 }),
  },
  {
    name: 'saveBaseline',
    document: m('saveBaseline', 'SaveBaselineInput'),
    valid: (f) => ({ projectId: f.project.id, name: `Steering committee ${(baselinesSaved += 1)}` }),
    malformed: (f) => ({ projectId: f.project.id, name: '   ' }),
  },
  {
    name: 'cancelTrainingSession',
    document: m('cancelTrainingSession', 'CancelTrainingSessionInput'),
    valid: (f) => ({ id: f.sessionId, version: f.records['TrainingSession'].version, reason: 'Trainer ill' }),
    malformed: (f) => ({ id: f.sessionId, version: f.records['TrainingSession'].version, reason: ' ' }),
  },
  // Removal and restore of every program record kind: a version below 1, or a field restore does not take, is malformed.
  ...TRASH_KINDS.filter((kind) => kind !== 'KpiMeasurement').map((kind) => ({
    name: `delete${kind}`,
    document: m(`delete${kind}`, `Delete${kind}Input`),
    valid: (f: Fixture) => f.records[kind],
    malformed: (f: Fixture) => ({ id: f.records[kind].id, version: 0 }),
  })),
  ...TRASH_KINDS.map((kind) => ({
    name: `restore${kind}`,
    document: m(`restore${kind}`, `Restore${kind}Input`),
    valid: (f: Fixture) => ({ id: f.trashedId }),
    malformed: (f: Fixture) => ({ id: f.trashedId, version: 1 }),
  })),
];

/** Mutations that act outside any one project, each with why; all others need a case above. */
export const NOT_PROJECT_SCOPED_MUTATIONS: Record<string, string> = {
  signIn: 'anyone may try to sign in; the auth suite covers it',
  signUp: 'mails a sign-up link, before any project exists; the auth suite covers it',
  confirmSignUp: 'answers a mailed link and creates an account, before any project exists; the auth suite covers it',
  createProject: 'creates a new project, whose owner the caller becomes',
  createPerson: 'adds to the people directory, which belongs to no one project (see the people cases below)',
  updatePerson: 'edits the people directory; who may is the people rule, tested below',
  deletePerson: 'removes from the people directory, like updatePerson; the trash suite covers it',
  restorePerson: 'brings a person back to the people directory; the trash suite covers it',
  resetCalendarFeedToken: "replaces the caller's own feed token",
  inviteMember: 'invites to the organisation (for a program only by its owner); the organisations and project-invitations suites cover it',
  resendInvitation: "an organisation invitation, an admin's or its program owner's; the organisations and project-invitations suites cover it",
  revokeInvitation: "an organisation invitation, an admin's or its program owner's; the organisations and project-invitations suites cover it",
  acceptInvitation: 'answers a mailed link, before the account exists; the organisations suite covers it',
  updateMemberRole: "an organisation member's role, an admin's; the organisations suite covers it",
  deactivateMember: "ends an organisation member's access, an admin's; the organisations suite covers it",
  reactivateMember: "gives a deactivated organisation member their access back, an admin's; the members-lifecycle suite covers it",
  updateOrganisation: "the caller's own organisation, an admin's",
  configureSso: "the caller's own organisation's sign-in, an admin's; the sso suite covers it",
  removeSso: "the caller's own organisation's sign-in, an admin's; the sso suite covers it",
  completeSsoSignIn: 'public, by the one-time code of a single sign-on and its browser cookie; the sso suite covers it',
  changePassword: "the caller's own account; the account-care suite covers it",
  requestPasswordReset: 'anyone may ask, for any email; the account-care suite covers it',
  resetPassword: 'answers a mailed link; the account-care suite covers it',
  signOutEverywhere: "the caller's own sessions; the account-care suite covers it",
  updateProfile: "the caller's own account; the account-care suite covers it",
  markNotificationsRead: "the caller's own notifications only (another's id is NOT_FOUND); the notifications suite covers it",
  updateNotificationPreferences: "the caller's own notification settings; the notifications suite covers it",
  importTemplate: "keeps a template for the caller's own organisation; the templates suite covers it",
};

export interface QueryCase {
  name: string;
  /** Arguments naming a record the viewer can read and the stranger cannot. */
  variables: (f: Fixture) => Record<string, unknown>;
}

/** Every query that reads inside one project; the document is built from the schema. */
export const QUERY_CASES: QueryCase[] = [
  { name: 'project', variables: (f) => ({ id: f.project.id }) },
  { name: 'task', variables: (f) => ({ id: f.taskId }) },
  { name: 'removalImpact', variables: (f) => ({ kind: 'Task', id: f.taskId }) },
  { name: 'trash', variables: (f) => ({ projectId: f.project.id }) },
  { name: 'search', variables: (f) => ({ projectId: f.project.id, text: 'data migration' }) },
  { name: 'comments', variables: (f) => ({ subjectType: 'TASK', subjectId: f.taskId }) },
  { name: 'baselineVariance', variables: (f) => ({ baselineId: f.records['Baseline'].id }) },
  { name: 'exportPlan', variables: (f) => ({ projectId: f.project.id, format: 'MSPDI' }) },
  // The task's own dates: what its dependants would do if nothing moved (nothing, on a fresh plan).
  { name: 'dependantShifts', variables: (f) => ({ input: { taskId: f.taskId } }) },
  ...[
    'auditEvents',
    'baselines',
    'criticalPath',
    'exportRequirementsCsv',
    'exportTemplate',
    'goLiveForecast',
    'hypercareTargets',
    'kpis',
    'processes',
    'projectHealth',
    'projectTimeline',
    'projectTrainingSessions',
    'requirementCounts',
    'requirements',
    'riskHeatMap',
    'risks',
    'roles',
    'rolloutWaves',
    'selectionCoverage',
    'selectionCriteria',
    'selectionDecision',
    'selectionSensitivity',
    'tasks',
    'team',
    'unevaluatedRequirements',
    'vendorRanking',
    'vendors',
  ].map((name) => ({ name, variables: (f: Fixture) => ({ projectId: f.project.id }) })),
  ...['adoption', 'communications', 'exportAttendanceCsv', 'hypercareExit', 'retrainingList', 'supportItems', 'suggestTrainingSchedule', 'trainingCompliance', 'trainingSessions'].map((name) => ({
    name,
    variables: (f: Fixture) => ({ waveId: f.waveId }),
  })),
];

/** Queries that read no one project's records, each with why. */
export const NOT_PROJECT_SCOPED_QUERIES: Record<string, string> = {
  me: 'the signed-in account itself',
  ssoSignIn: 'public, by organisation slug: whether it offers single sign-on; the sso suite covers it',
  projects: "lists only the caller's own memberships; the projects suite covers it",
  myTasks: "tasks the caller owns, across the caller's own projects only",
  removedProjects: "programs the caller owns and removed; the trash suite covers it",
  myWork: "the caller's own open work, across the caller's own programs only; the my-work suite covers it",
  people: 'the people directory: who sees whom is the people rule, tested below',
  calendarFeedToken: "the caller's own feed token",
  organisation: "the caller's own organisation",
  invitationPreview: 'what a mailed invitation link offers, before the account exists; the organisations suite covers it',
  notifications: "the caller's own inbox; the notifications suite covers it",
  unreadNotificationCount: "how many of the caller's own notifications are unread",
  notificationPreferences: "the caller's own notification settings",
  templates: "the built-in templates and the caller's own organisation's; the templates suite covers it",
};

/** Arguments that name a project or a record inside one: a query taking one is project-scoped. */
export const PROJECT_ARGUMENTS = ['projectId', 'waveId', 'id', 'baselineId'];

export function fieldOf(schema: GraphQLSchema, root: 'Query' | 'Mutation', name: string): GraphQLField<unknown, unknown> {
  const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
  const field = type?.getFields()[name];
  if (!field) throw new Error(`The schema has no ${root}.${name}`);
  return field;
}

/** `query($projectId: ID!) { kpis(projectId: $projectId) { __typename } }`, from the schema. */
export function queryDocument(schema: GraphQLSchema, name: string, variables: Record<string, unknown>): string {
  const field = fieldOf(schema, 'Query', name);
  const args = field.args.filter((arg) => arg.name in variables);
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `query${declared ? `(${declared})` : ''} { ${name}${passed ? `(${passed})` : ''}${selection} }`;
}

/** A program of `owner`'s with one record of each kind, made through the API (and one risk in the trash). */
export async function buildFixture(api: TestApp, owner: SignedIn): Promise<Fixture> {
  const project = await createStandardProject(api, owner.token);
  const person = await createPerson(api, owner.token, 'Staffed Person');
  const assignment = await assignRole(api, owner.token, { projectId: project.id, roleKey: 'BUSINESS_ANALYST', personId: person.id });
  const task = await api.ok('query($p: ID!) { tasks(projectId: $p, first: 1) { edges { node { id version } } } }', { p: project.id }, owner.token);
  const p = project.id;
  const ids = await api.ok(
    `mutation($r: CreateRequirementInput!, $v: CreateVendorInput!, $c: CreateCriterionInput!) {
      r: createRequirement(input: $r) { id } v: createVendor(input: $v) { id } c: createCriterion(input: $c) { id } }`,
    { r: { projectId: p, title: 'Pipeline view', department: 'SALES', priority: 'MUST' }, v: { projectId: p, name: 'Acme' }, c: { projectId: p, name: 'Fit', weight: 60 } },
    owner.token,
  );
  const processId = (await api.ok('mutation($i: CreateProcessInput!) { createProcess(input: $i) { id } }', { i: { projectId: p, name: 'Lead to cash', department: 'SALES' } }, owner.token))['createProcess'].id;
  await assignRole(api, owner.token, { projectId: p, roleKey: 'TRAINER', personId: person.id, allocationPercent: 20 });
  await assignRole(api, owner.token, { projectId: p, roleKey: 'KEY_USER', personId: person.id, allocationPercent: 10 });
  const wave = (
    await api.ok(
      'mutation($i: CreateRolloutWaveInput!) { createRolloutWave(input: $i) { id version readinessItems { id } } }',
      { i: { projectId: p, name: 'Wave A', scope: ['HQ'], goLiveDate: '2027-05-01', readinessItems: ['Data migrated'] } },
      owner.token,
    )
  )['createRolloutWave'];
  const waveId: string = wave.id;
  const reads = await api.ok('query($p: ID!) { kpis(projectId: $p) { id version } risks(projectId: $p) { id version } }', { p }, owner.token);
  const [kpi] = reads['kpis'];
  const measured = await api.ok(
    'mutation($i: RecordKpiMeasurementInput!) { recordKpiMeasurement(input: $i) { measurements { id } } }',
    { i: { kpiId: kpi.id, measuredOn: '2025-01-31', value: 40 } },
    owner.token,
  );
  let [risk] = reads['risks'];
  if (!risk) {
    risk = (await api.ok('mutation($i: CreateRiskInput!) { createRisk(input: $i) { id version } }', { i: { projectId: p, title: 'Key users too busy', likelihood: 3, impact: 4 } }, owner.token))['createRisk'];
  }
  const sessionId = (
    await api.ok(
      'mutation($i: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $i) { id } }',
      { i: { waveId, topic: 'Basics', startsAt: '2027-05-03T09:00:00Z', durationMinutes: 90, trainerId: person.id, inviteeIds: [person.id] } },
      owner.token,
    )
  )['scheduleTrainingSession'].id;
  await api.ok('mutation($i: SetScoreInput!) { setScore(input: $i) { __typename } }', { i: { vendorId: ids['v'].id, criterionId: ids['c'].id, score: 4 } }, owner.token);
  await api.ok('mutation($i: RecordUsageReviewInput!) { recordUsageReview(input: $i) { __typename } }', { i: { waveId, personId: person.id, active: true, reviewedOn: '2025-01-31' } }, owner.token);
  const extra = (await api.ok('mutation($i: CreateRiskInput!) { createRisk(input: $i) { id version } }', { i: { projectId: p, title: 'Removed risk', likelihood: 2, impact: 2 } }, owner.token))['createRisk'];
  await api.ok('mutation($i: DeleteRiskInput!) { deleteRisk(input: $i) { id } }', { i: { id: extra.id, version: extra.version } }, owner.token);
  const baselineId: string = (await api.ok('mutation($i: SaveBaselineInput!) { saveBaseline(input: $i) { id } }', { i: { projectId: p, name: 'Kick-off plan' } }, owner.token))['saveBaseline'].id;
  const liveWaveId: string = (
    await api.ok(
      'mutation($i: CreateRolloutWaveInput!) { createRolloutWave(input: $i) { id } }',
      { i: { projectId: p, name: 'Wave Live', scope: ['Branches'], goLiveDate: '2027-04-01', readinessItems: [] } },
      owner.token,
    )
  )['createRolloutWave'].id;
  await api.ok('mutation($i: GoLiveInput!) { goLive(input: $i) { id } }', { i: { waveId: liveWaveId } }, owner.token);
  const supportItem = (
    await api.ok('mutation($i: CreateSupportItemInput!) { createSupportItem(input: $i) { id version } }', { i: { waveId: liveWaveId, title: 'Cannot find my accounts', severity: 3, category: 'DATA' } }, owner.token)
  )['createSupportItem'];
  const one = async (sql: string, param: string) => {
    const [row] = await api.query<{ id: string; version: number | null }>(sql, [param]);
    return { id: row.id, version: row.version ?? 1 };
  };
  const phase = project.phases[0];
  const records: Fixture['records'] = {
    Phase: await one('SELECT id, version FROM phases WHERE id = $1', phase.id),
    ExitCriterion: await one('SELECT id, version FROM exit_criteria WHERE id = $1', phase.exitCriteria[0].id),
    Milestone: await one('SELECT id, version FROM milestones WHERE id = $1', phase.milestones[0].id),
    Task: await one('SELECT id, version FROM tasks WHERE id = $1', task['tasks'].edges[0].node.id),
    Role: await one("SELECT id, NULL::int AS version FROM roles WHERE project_id = $1 AND key = 'TRAINER'", p),
    RoleAssignment: await one('SELECT id, version FROM role_assignments WHERE id = $1', assignment.id),
    Requirement: await one('SELECT id, version FROM requirements WHERE id = $1', ids['r'].id),
    Process: await one('SELECT id, version FROM processes WHERE id = $1', processId),
    Vendor: await one('SELECT id, version FROM vendors WHERE id = $1', ids['v'].id),
    Criterion: await one('SELECT id, version FROM selection_criteria WHERE id = $1', ids['c'].id),
    Score: await one('SELECT id, version FROM vendor_scores WHERE vendor_id = $1', ids['v'].id),
    RolloutWave: await one('SELECT id, version FROM rollout_waves WHERE id = $1', waveId),
    ReadinessItem: await one('SELECT id, NULL::int AS version FROM wave_readiness_items WHERE id = $1', wave.readinessItems[0].id),
    Communication: await one('SELECT id, version FROM communications WHERE wave_id = $1 ORDER BY planned_on, id LIMIT 1', waveId),
    TrainingSession: await one('SELECT id, version FROM training_sessions WHERE id = $1', sessionId),
    AttendanceEntry: await one('SELECT id, NULL::int AS version FROM attendance WHERE session_id = $1', sessionId),
    UsageReview: await one('SELECT id, NULL::int AS version FROM usage_reviews WHERE wave_id = $1', waveId),
    Kpi: await one('SELECT id, version FROM kpis WHERE id = $1', kpi.id),
    Risk: await one('SELECT id, version FROM risks WHERE id = $1', risk.id),
    Baseline: await one('SELECT id, NULL::int AS version FROM baselines WHERE id = $1', baselineId),
  };
  const commentId = (
    await api.ok('mutation($i: AddCommentInput!) { addComment(input: $i) { id } }', { i: { subjectType: 'TASK', subjectId: task['tasks'].edges[0].node.id, body: 'Owner’s note' } }, owner.token)
  )['addComment'].id;
  return {
    records,
    commentId,
    liveWaveId,
    supportItemId: supportItem.id,
    supportItemVersion: supportItem.version,
    trashedId: extra.id,
    project,
    ownerId: owner.user.id,
    waveId,
    waveVersion: wave.version,
    readinessItemId: wave.readinessItems[0].id,
    sessionId,
    kpiId: kpi.id,
    kpiVersion: kpi.version,
    measurementId: measured['recordKpiMeasurement'].measurements[0].id,
    riskId: risk.id,
    riskVersion: risk.version,
    taskId: task['tasks'].edges[0].node.id,
    taskVersion: task['tasks'].edges[0].node.version,
    personId: person.id,
    assignmentId: assignment.id,
    requirementId: ids['r'].id,
    vendorId: ids['v'].id,
    criterionId: ids['c'].id,
    processId,
    invitationId: (
      await api.ok(
        'mutation($input: AddProjectMemberInput!) { addProjectMember(input: $input) { invitationId } }',
        { input: { projectId: p, email: 'pending@example.test', permission: 'VIEWER' } },
        owner.token,
      )
    )['addProjectMember'].invitationId,
  };
}

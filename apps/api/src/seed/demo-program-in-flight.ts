import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { addDays, todayIso } from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { KpisService } from '../kpis/kpis.service';
import { PeopleService } from '../people/people.service';
import { ProcessesService } from '../processes/processes.service';
import { ProcessStatus } from '../processes/models/process.model';
import { Department, MoscowPriority, RequirementStatus } from '../requirements/models/requirement.model';
import { RequirementsService } from '../requirements/requirements.service';
import { RolloutRepository } from '../rollout/rollout.repository';
import { RolloutService } from '../rollout/rollout.service';
import { SelectionService } from '../selection/selection.service';
import { AttendanceStatus } from '../training/models/training.model';
import { TrainingService } from '../training/training.service';
import { DemoSeedRepository } from './demo-seed.repository';

/** The demo program's dates: four months in, go-live in two months, a pilot wave live for three weeks. */
export function demoProgramDates(today = todayIso()) {
  return { start: addDays(today, -120), goLive: addDays(today, 60), pilotLive: addDays(today, -21), eastLive: addDays(today, 45) };
}

const REQUIREMENTS: [string, Department, MoscowPriority, RequirementStatus, string][] = [
  ['One view of each account with open opportunities and cases', Department.SALES, MoscowPriority.MUST, RequirementStatus.COVERED, 'Today the data sits in three spreadsheets.'],
  ['Discounts above 15% need a manager approval', Department.FINANCE, MoscowPriority.MUST, RequirementStatus.AGREED, 'Approvals happen by email without a trail.'],
  ['Campaign responses create leads automatically', Department.MARKETING, MoscowPriority.SHOULD, RequirementStatus.AGREED, ''],
  ['Service cases routed by product line', Department.SERVICE, MoscowPriority.SHOULD, RequirementStatus.CAPTURED, ''],
  ['Single sign-on with the company directory', Department.IT, MoscowPriority.MUST, RequirementStatus.COVERED, ''],
  ['Weekly pipeline report for the board', Department.MANAGEMENT, MoscowPriority.COULD, RequirementStatus.CAPTURED, ''],
];

/**
 * Moves the freshly created demo program forward in time so every page has something to show:
 * the first three phases done, requirements and processes captured, a vendor chosen, a pilot wave
 * live with two training sessions (one short of the cadence, so the health page has a reason),
 * someone to re-train and a few KPI measurements. Written through the services, like a user would.
 */
export async function advanceDemoProgram(app: INestApplication, ownerAccess: ProjectAccess): Promise<void> {
  const { projectId, userId } = ownerAccess;
  const seedDb = new DemoSeedRepository(app.get(DataSource));
  const today = todayIso();
  const dates = demoProgramDates(today);

  await seedDb.completePlanBefore(projectId, today, addDays(today, 14));

  const requirements = app.get(RequirementsService);
  const requirementIds: string[] = [];
  for (const [title, department, priority, status, gapNote] of REQUIREMENTS) {
    requirementIds.push((await requirements.create({ projectId, title, description: '', department, priority, status, stakeholderId: null, gapNote }, ownerAccess)).id);
  }

  const processes = app.get(ProcessesService);
  const leadToDeal = await processes.create({ projectId, name: 'Lead to closed deal', department: Department.SALES, ownerRoleKey: 'BUSINESS_ANALYST', asIs: 'Leads arrive by email and are tracked in personal spreadsheets.', toBe: 'Leads are scored and assigned by territory inside the CRM.', requirementIds: requirementIds.slice(0, 2) }, ownerAccess);
  let step = leadToDeal;
  for (const status of [ProcessStatus.REDESIGNED, ProcessStatus.VALIDATED]) step = await processes.setStatus({ id: step.id, version: step.version, status }, ownerAccess);
  await processes.create({ projectId, name: 'Case to resolution', department: Department.SERVICE, ownerRoleKey: 'SUPPORT_LEAD', asIs: 'A shared inbox.', toBe: 'Queues per product line with response targets.', requirementIds: [requirementIds[3]] }, ownerAccess);

  const selection = app.get(SelectionService);
  const salesforce = await selection.createVendor({ projectId, name: 'Salesforce', product: 'Sales Cloud Enterprise', notes: '' }, ownerAccess);
  const dynamics = await selection.createVendor({ projectId, name: 'Microsoft', product: 'Dynamics 365 Sales', notes: '' }, ownerAccess);
  const fit = await selection.createCriterion({ projectId, name: 'Fit with our sales process', weight: 40, requirementIds: requirementIds.slice(0, 2) }, ownerAccess);
  const cost = await selection.createCriterion({ projectId, name: 'Total cost over five years', weight: 35, requirementIds: [] }, ownerAccess);
  const integration = await selection.createCriterion({ projectId, name: 'Fits our IT landscape', weight: 25, requirementIds: [requirementIds[4]] }, ownerAccess);
  for (const [vendorId, criterionId, score] of [
    [salesforce.id, fit.id, 4.5],
    [salesforce.id, cost.id, 3],
    [salesforce.id, integration.id, 4],
    [dynamics.id, fit.id, 3.5],
    [dynamics.id, cost.id, 3.5],
    [dynamics.id, integration.id, 4.5],
  ] as const) {
    await selection.setScore({ vendorId, criterionId, score, comment: '' }, ownerAccess);
  }
  await selection.recordDecision({ projectId, vendorId: salesforce.id, rationale: 'Best fit with our quoting and approval process; the higher licence cost is offset by less custom work.', decidedBy: 'Steering committee', decidedOn: addDays(today, -30) }, ownerAccess);

  const people = app.get(PeopleService);
  const reps = [];
  for (const [name, email] of [
    ['Sam Okoro', 'sam.okoro@northwind.example'],
    ['Lena Fischer', 'lena.fischer@northwind.example'],
    ['Marco Bianchi', 'marco.bianchi@northwind.example'],
  ]) {
    reps.push(await people.create({ name, email, department: 'Sales (West)', businessUnit: 'Sales West', capacityHoursPerWeek: 40 }, userId));
  }
  const keyUser = await seedDb.holderOf(projectId, 'KEY_USER');
  const trainer = await seedDb.holderOf(projectId, 'TRAINER');

  const rollout = app.get(RolloutService);
  let pilot = await rollout.create({ projectId, name: 'Pilot: Sales West', scope: ['Sales West'], goLiveDate: dates.pilotLive }, ownerAccess);
  const items = await app.get(RolloutRepository).readinessItems(app.get(DataSource).manager, pilot.id);
  for (const item of items) await rollout.setReadinessItem({ id: item.id, done: true }, ownerAccess);
  pilot = await rollout.setKeyUsers({ waveId: pilot.id, personIds: [keyUser] }, ownerAccess);
  pilot = await rollout.goLive({ waveId: pilot.id }, ownerAccess);
  await rollout.create({ projectId, name: 'Sales East', scope: ['Sales East', 'Inside sales'], goLiveDate: dates.eastLive }, ownerAccess);
  // The plan's own "pilot wave live" milestone is met by this pilot, ahead of its planned date.
  await seedDb.milestoneMetOn(projectId, 'pilot-wave-live', dates.pilotLive);

  const training = app.get(TrainingService);
  const invitees = [keyUser, ...reps.map((r) => r.id)];
  const sessions = [
    { day: 2, topic: 'First steps: accounts, contacts and logging calls', absent: [reps[2].id], excused: [] as string[] },
    { day: 16, topic: 'Opportunities, quotes and approvals', absent: [reps[2].id], excused: [reps[1].id] },
  ];
  for (const s of sessions) {
    const session = await training.schedule(
      {
        waveId: pilot.id,
        topic: s.topic,
        startsAt: new Date(`${addDays(dates.pilotLive, s.day)}T08:00:00Z`),
        timeZone: 'Europe/London',
        durationMinutes: 90,
        trainerId: trainer,
        audience: 'Sales West account managers',
        location: 'Training room 2 / Teams',
        materials: [{ title: 'Cheat sheet: the five things you do every day', url: 'https://intranet.northwind.example/crm/cheat-sheet.pdf' }],
        inviteeIds: invitees,
      },
      ownerAccess,
    );
    await training.recordAttendance(
      {
        sessionId: session.id,
        entries: invitees.map((personId) => ({
          personId,
          status: s.absent.includes(personId) ? AttendanceStatus.ABSENT : s.excused.includes(personId) ? AttendanceStatus.EXCUSED : AttendanceStatus.ATTENDED,
        })),
      },
      ownerAccess,
    );
  }

  const kpis = app.get(KpisService);
  const list = await kpis.list(ownerAccess);
  const progressions: Record<string, number[]> = { USER_ADOPTION: [0.2, 0.38, 0.55], DATA_ACCURACY: [0.1, 0.18, 0.3], CUSTOMER_SATISFACTION: [0.1, 0.3] };
  for (const kpi of list) {
    const steps = kpi.key ? progressions[kpi.key] : undefined;
    if (!steps || kpi.baseline === null) continue;
    for (const [i, share] of steps.entries()) {
      const value = Math.round((kpi.baseline + share * (kpi.target - kpi.baseline)) * 10) / 10;
      await kpis.recordMeasurement({ kpiId: kpi.id, measuredOn: addDays(today, -14 * (steps.length - 1 - i)), value, note: '' }, ownerAccess);
    }
  }
}

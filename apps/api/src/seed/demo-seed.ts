import { INestApplication, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuthService } from '../auth/auth.service';
import { ProjectAccess, ProjectPermission } from '../common/access/project-access';
import { ProjectTemplateKind } from '../projects/project-template.service';
import { PeopleService } from '../people/people.service';
import { ProjectsService } from '../projects/projects.service';
import { TeamService } from '../team/team.service';
import { DEMO_ORGANISATION_NAME, inviteDemoColleagues } from './demo-organisation';
import { advanceDemoProgram, demoProgramDates } from './demo-program-in-flight';
import { DemoSeedRepository } from './demo-seed.repository';

export const DEMO_SIGN_IN = { email: 'demo@rollout.example', password: 'demo-rollout-2026' };
const SEEDED_KEY = 'demo_seeded_at';

const DEMO_TEAM: [string, string, string, [string, number][]][] = [
  ['Dana Demo', DEMO_SIGN_IN.email, 'PMO', [['PROJECT_MANAGER', 80]]],
  ['Victor Okafor', 'victor.okafor@northwind.example', 'Management', [['EXECUTIVE_SPONSOR', 10]]],
  ['Priya Raman', 'priya.raman@northwind.example', 'Sales Operations', [['BUSINESS_ANALYST', 70], ['CRM_ANALYST', 40]]],
  ['Tomás Ferreira', 'tomas.ferreira@northwind.example', 'IT', [['TECHNICAL_ARCHITECT', 50], ['DEVELOPER', 50]]],
  ['Mei Chen', 'mei.chen@northwind.example', 'IT', [['CRM_EXPERT', 60], ['CRM_ADMIN', 40]]],
  ['Hannah Schulz', 'hannah.schulz@northwind.example', 'HR & Learning', [['TRAINER', 60], ['COMMUNICATIONS_LEAD', 30]]],
  ['Olu Adeyemi', 'olu.adeyemi@northwind.example', 'Sales (West)', [['KEY_USER', 20]]],
  ['Grace Liu', 'grace.liu@northwind.example', 'Customer Service', [['SUPPORT_LEAD', 50]]],
];

/**
 * Gives a first-time user something to look at. Runs once per database: the marker row stays even
 * if the demo is deleted later, so a deliberate clean-up is never undone by a restart.
 */
export async function seedDemoProgram(app: INestApplication): Promise<void> {
  if (!(await new DemoSeedRepository(app.get(DataSource)).claimMarker(SEEDED_KEY))) return;
  const { user } = await app.get(AuthService).openAccount({ ...DEMO_SIGN_IN, name: 'Dana Demo', organisationName: DEMO_ORGANISATION_NAME });
  const dates = demoProgramDates();
  const project = await app.get(ProjectsService).create(
    { name: 'Northwind Sales Cloud rollout', crmProduct: 'Salesforce Sales Cloud', startDate: dates.start, targetGoLiveDate: dates.goLive, template: ProjectTemplateKind.STANDARD },
    user.id,
  );
  // A partly staffed team: most roles have a holder, two are left open so the gaps show.
  const people = app.get(PeopleService);
  const team = app.get(TeamService);
  // The seed acts as the program's owner, as the project-access guard would resolve it for a request.
  const ownerAccess: ProjectAccess = { projectId: project.id, userId: user.id, email: user.email, permission: ProjectPermission.OWNER };
  for (const [name, email, department, roles] of DEMO_TEAM) {
    const person = await people.create({ name, email, department, capacityHoursPerWeek: 40 }, user.id);
    for (const [roleKey, allocationPercent] of roles) {
      await team.assign({ projectId: project.id, roleKey, personId: person.id, allocationPercent }, ownerAccess);
    }
  }
  await advanceDemoProgram(app, ownerAccess);
  // After the team: accepting links each colleague's account to their person record already there.
  await inviteDemoColleagues(app, user.id, project.id, DEMO_SIGN_IN.password);
  new Logger('Seed').log(`Demo program created; sign in as ${DEMO_SIGN_IN.email} (or a colleague such as priya.raman@northwind.example) with ${DEMO_SIGN_IN.password}`);
}

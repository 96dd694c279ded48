import { INestApplication, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuthService } from '../auth/auth.service';
import { ProjectTemplateKind } from '../projects/project-template.service';
import { ProjectsService } from '../projects/projects.service';

export const DEMO_SIGN_IN = { email: 'demo@rollout.example', password: 'demo-rollout-2026' };
const SEEDED_KEY = 'demo_seeded_at';

/**
 * Gives a first-time user something to look at. Runs once per database: the marker row stays even
 * if the demo is deleted later, so a deliberate clean-up is never undone by a restart.
 */
export async function seedDemoProgram(app: INestApplication): Promise<void> {
  const db = app.get(DataSource);
  const claimed: unknown[] = await db.query(
    'INSERT INTO app_settings (key, value) VALUES ($1, now()::text) ON CONFLICT (key) DO NOTHING RETURNING key',
    [SEEDED_KEY],
  );
  if (claimed.length === 0) return;
  const { user } = await app.get(AuthService).signUp({ ...DEMO_SIGN_IN, name: 'Dana Demo' });
  const today = new Date();
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
  const goLive = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 6, 1));
  await app.get(ProjectsService).create(
    { name: 'Northwind Sales Cloud rollout', crmProduct: 'Salesforce Sales Cloud', startDate: iso(start), targetGoLiveDate: iso(goLive), template: ProjectTemplateKind.STANDARD },
    user.id,
  );
  new Logger('Seed').log(`Demo program created; sign in as ${DEMO_SIGN_IN.email}`);
}

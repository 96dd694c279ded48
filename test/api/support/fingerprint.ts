import { TestApp } from './test-app';

const TABLES = [
  'projects',
  'project_members',
  'people',
  'roles',
  'role_assignments',
  'phases',
  'exit_criteria',
  'milestones',
  'tasks',
  'task_dependencies',
  'audit_events',
  'requirements',
  'processes',
  'process_requirements',
  'vendors',
  'selection_criteria',
  'criterion_requirements',
  'vendor_scores',
  'selection_decisions',
  'rollout_waves',
  'wave_readiness_items',
  'wave_key_users',
  'training_sessions',
  'session_materials',
  'attendance',
  'usage_reviews',
  'kpis',
  'kpi_measurements',
  'risks',
];

/** A digest of every row of every table: equal digests mean a request changed nothing at all. */
export async function databaseFingerprint(api: TestApp): Promise<Record<string, string>> {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const [row] = await api.query<{ digest: string | null }>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t`);
      return [table, row.digest ?? 'empty'] as const;
    }),
  );
  return Object.fromEntries(entries);
}

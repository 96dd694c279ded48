import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A phase's gate names its first open tasks in board order (libs/domain `GATE_TASKS_NAMED`). With
 * only `(phase_id, status)` the first twenty of a 40,000-task phase meant reading and sorting all
 * of its open tasks (24 ms a phase on the 200,000-task bench program); over this partial index
 * they are the first twenty entries.
 */
export class OpenTasksByPhaseIndex1764700000200 implements MigrationInterface {
  name = 'OpenTasksByPhaseIndex1764700000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX tasks_open_phase_seq_idx ON tasks (phase_id, seq) WHERE status <> 'DONE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX tasks_open_phase_seq_idx');
  }
}

import { DataSource } from 'typeorm';

import { encodeCursor } from '../../../apps/api/src/common/graphql/pagination';
import { BENCH_USER } from './bench-programs';

/** The ids and cursors the measured requests need for one program, read once from its rows. */
export interface ProgramFixture {
  projectId: string;
  tasks: number;
  /** The person with the bench user's email: the board's owner filter "mine". */
  mePersonId: string;
  /** The cursor whose next 50 tasks are the program's last page. */
  lastPageAfter: string;
  /** A task halfway through, and two sets of earlier tasks it is made to wait for in turn. */
  updateTaskId: string;
  dependsOnA: string[];
  dependsOnB: string[];
  /** Where throwaway tasks for the delete measurement are created. */
  phaseId: string;
  roleKey: string;
  /** The wave with the most attendance rows (its CSV export). */
  waveId: string;
}

export async function programFixture(db: DataSource, projectId: string): Promise<ProgramFixture> {
  const [{ tasks }] = await db.query('SELECT count(*)::int AS tasks FROM tasks WHERE project_id = $1', [projectId]);
  const at = async (rank: number): Promise<{ id: string; seq: string }> => {
    const [row] = await db.query('SELECT id, seq::text AS seq FROM tasks WHERE project_id = $1 ORDER BY seq OFFSET $2 LIMIT 1', [projectId, rank]);
    return row;
  };
  const middle = Math.floor(tasks / 2);
  const [me] = await db.query('SELECT id FROM people WHERE email = $1', [BENCH_USER.email]);
  const [phase] = await db.query('SELECT id FROM phases WHERE project_id = $1 ORDER BY position LIMIT 1', [projectId]);
  const [role] = await db.query('SELECT key FROM roles WHERE project_id = $1 ORDER BY position, key LIMIT 1', [projectId]);
  const [wave] = await db.query(
    `SELECT w.id FROM rollout_waves w LEFT JOIN training_sessions s ON s.wave_id = w.id LEFT JOIN attendance a ON a.session_id = s.id
     WHERE w.project_id = $1 GROUP BY w.id ORDER BY count(a.*) DESC, w.id LIMIT 1`,
    [projectId],
  );
  return {
    projectId,
    tasks,
    mePersonId: me.id,
    lastPageAfter: encodeCursor((await at(tasks - 51)).seq),
    updateTaskId: (await at(middle)).id,
    dependsOnA: [(await at(middle - 3)).id, (await at(middle - 7)).id],
    dependsOnB: [(await at(middle - 20)).id],
    phaseId: phase.id,
    roleKey: role.key,
    waveId: wave?.id,
  };
}

import { byKey, groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { PersonModel, PersonRow, toPerson } from '../people/models/person.model';
import { personById } from '../people/people.loaders';
import { ReadinessItemModel, ReadinessItemRow, RolloutWaveModel, RolloutWaveRow, toReadinessItem, toRolloutWave } from './models/rollout-wave.model';

export function rolloutWaveById(loaders: RequestLoaders) {
  return loaders.get<string, RolloutWaveModel | null>('rolloutWaveById', async (db, ids) => {
    const rows: RolloutWaveRow[] = await db.query('SELECT * FROM rollout_waves WHERE id = ANY($1)', [ids]);
    return byKey(ids, rows.map(toRolloutWave), (w) => w.id);
  });
}

export function readinessItemsByWaveId(loaders: RequestLoaders) {
  return loaders.get<string, ReadinessItemModel[]>('readinessItemsByWaveId', async (db, ids) => {
    const rows: ReadinessItemRow[] = await db.query('SELECT * FROM wave_readiness_items WHERE wave_id = ANY($1) ORDER BY position, id', [ids]);
    return groupedByKey(ids, rows.map(toReadinessItem), (i) => i.waveId);
  });
}

/** Key users with their directory entries in one statement; they also prime `personById` for the request. */
export function keyUsersByWaveId(loaders: RequestLoaders) {
  return loaders.get<string, PersonModel[]>('keyUsersByWaveId', async (db, ids) => {
    const rows: (PersonRow & { wave_id: string })[] = await db.query(
      'SELECT k.wave_id, p.* FROM wave_key_users k JOIN people p ON p.id = k.person_id WHERE k.wave_id = ANY($1) ORDER BY p.name, p.id',
      [ids],
    );
    const people = personById(loaders);
    const grouped = groupedByKey(ids, rows, (r) => r.wave_id);
    return grouped.map((group) =>
      group.map((row) => {
        const person = toPerson(row);
        people.prime(person.id, person);
        return person;
      }),
    );
  });
}

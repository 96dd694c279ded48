import { byKey, groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { PersonModel, toPerson } from '../people/models/person.model';
import { personById } from '../people/people.loaders';
import { ReadinessItemModel, RolloutWaveModel, toReadinessItem, toRolloutWave } from './models/rollout-wave.model';
import { RolloutRepository } from './rollout.repository';

export function rolloutWaveById(loaders: RequestLoaders) {
  return loaders.get<string, RolloutWaveModel | null>('rolloutWaveById', async (db, ids) => {
    const rows = await new RolloutRepository(db).byIds(ids);
    return byKey(ids, rows.map(toRolloutWave), (w) => w.id);
  });
}

export function readinessItemsByWaveId(loaders: RequestLoaders) {
  return loaders.get<string, ReadinessItemModel[]>('readinessItemsByWaveId', async (db, ids) => {
    const rows = await new RolloutRepository(db).readinessItemsOfWaves(ids);
    return groupedByKey(ids, rows.map(toReadinessItem), (i) => i.waveId);
  });
}

/** Key users with their directory entries in one statement; they also prime `personById` for the request. */
export function keyUsersByWaveId(loaders: RequestLoaders) {
  return loaders.get<string, PersonModel[]>('keyUsersByWaveId', async (db, ids) => {
    const rows = await new RolloutRepository(db).keyUsersOfWaves(ids);
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

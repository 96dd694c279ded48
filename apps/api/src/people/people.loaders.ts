import { byKey, RequestLoaders } from '../common/graphql/request-loaders';
import { PersonModel, toPerson } from './models/person.model';
import { PeopleRepository } from './people.repository';

/** For relations of records the caller already may see (owners, holders), so not filtered by visibility. */
export function personById(loaders: RequestLoaders) {
  return loaders.get<string, PersonModel | null>('personById', async (db, ids) => {
    const rows = await new PeopleRepository(db).byIds(ids);
    return byKey(ids, rows.map(toPerson), (p) => p.id);
  });
}

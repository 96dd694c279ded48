import { RequestLoaders, byKey } from '../common/graphql/request-loaders';
import { PersonModel, PersonRow, toPerson } from './models/person.model';

export function personById(loaders: RequestLoaders) {
  return loaders.get<string, PersonModel | null>('personById', async (db, ids) => {
    const rows: PersonRow[] = await db.query('SELECT * FROM people WHERE id = ANY($1)', [ids]);
    return byKey(ids, rows.map(toPerson), (p) => p.id);
  });
}

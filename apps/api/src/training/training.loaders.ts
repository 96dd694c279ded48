import { groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { AttendanceStatus, SessionMaterialModel } from './models/training.model';
import { TrainingRepository } from './training.repository';

export function materialsBySessionId(loaders: RequestLoaders) {
  return loaders.get<string, SessionMaterialModel[]>('materialsBySessionId', async (db, ids) => {
    const rows = await new TrainingRepository(db).materialsOfSessions(ids);
    return groupedByKey(ids, rows, (r) => r.session_id).map((group) => group.map((r) => ({ id: r.id, title: r.title, url: r.url })));
  });
}

export function attendanceBySessionId(loaders: RequestLoaders) {
  return loaders.get<string, { id: string; personId: string; status: AttendanceStatus }[]>('attendanceBySessionId', async (db, ids) => {
    const rows = await new TrainingRepository(db).attendanceOfSessions(ids);
    return groupedByKey(ids, rows, (r) => r.session_id).map((group) => group.map((r) => ({ id: r.id, personId: r.person_id, status: r.status })));
  });
}

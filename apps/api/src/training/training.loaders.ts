import { groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { AttendanceStatus, SessionMaterialModel } from './models/training.model';

export function materialsBySessionId(loaders: RequestLoaders) {
  return loaders.get<string, SessionMaterialModel[]>('materialsBySessionId', async (db, ids) => {
    const rows: { id: string; session_id: string; title: string; url: string }[] = await db.query(
      'SELECT * FROM session_materials WHERE session_id = ANY($1) ORDER BY position',
      [ids],
    );
    return groupedByKey(ids, rows, (r) => r.session_id).map((group) => group.map((r) => ({ id: r.id, title: r.title, url: r.url })));
  });
}

export function attendanceBySessionId(loaders: RequestLoaders) {
  return loaders.get<string, { personId: string; status: AttendanceStatus }[]>('attendanceBySessionId', async (db, ids) => {
    const rows: { session_id: string; person_id: string; status: AttendanceStatus }[] = await db.query(
      'SELECT a.session_id, a.person_id, a.status FROM attendance a JOIN people p ON p.id = a.person_id WHERE a.session_id = ANY($1) ORDER BY p.name',
      [ids],
    );
    return groupedByKey(ids, rows, (r) => r.session_id).map((group) => group.map((r) => ({ personId: r.person_id, status: r.status })));
  });
}

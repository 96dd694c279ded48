import { EntityManager } from 'typeorm';

import { FieldError } from '../errors/app-error';

/** A project's role by its key (case-insensitive), or undefined when the project has none. */
export async function findRoleId(tx: EntityManager, projectId: string, roleKey: string): Promise<string | undefined> {
  const rows: { id: string }[] = await tx.query('SELECT id FROM roles WHERE project_id = $1 AND key = $2', [projectId, roleKey.trim().toUpperCase()]);
  return rows[0]?.id;
}

export function noSuchRole(field: string, roleKey: string): FieldError {
  return { field, message: `This project has no role with the key ${roleKey}.` };
}

/** True when every id names someone in the people directory. */
export async function allInDirectory(tx: EntityManager, personIds: string[]): Promise<boolean> {
  const unique = [...new Set(personIds)];
  if (unique.length === 0) return true;
  const found: { id: string }[] = await tx.query('SELECT id FROM people WHERE id = ANY($1)', [unique]);
  return found.length === unique.length;
}

export function notInDirectory(field: string, several = false): FieldError {
  return { field, message: several ? 'Some of these people are not in the people directory.' : 'No one with this id is in the people directory.' };
}

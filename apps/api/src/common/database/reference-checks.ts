import { EntityManager } from 'typeorm';

import { FieldError } from '../errors/app-error';
import { PeopleRepository } from '../../people/people.repository';
import { TeamRepository } from '../../team/team.repository';

// The lookups moved to the team and people repositories. These delegates keep the areas that
// still import them working; delete them once nobody does.

/** A project's role by its key (case-insensitive), or undefined when the project has none. */
export function findRoleId(tx: EntityManager, projectId: string, roleKey: string): Promise<string | undefined> {
  return new TeamRepository(tx.connection).findRoleId(tx, projectId, roleKey);
}

export function noSuchRole(field: string, roleKey: string): FieldError {
  return { field, message: `This project has no role with the key ${roleKey}.` };
}

/** True when every id names someone in the people directory. */
export function allInDirectory(tx: EntityManager, personIds: string[]): Promise<boolean> {
  return new PeopleRepository(tx.connection).allInDirectory(tx, personIds);
}

export function notInDirectory(field: string, several = false): FieldError {
  return { field, message: several ? 'Some of these people are not in the people directory.' : 'No one with this id is in the people directory.' };
}

import { UsersAndProjects1764000000000 } from './1764000000000-users-and-projects';

/** Listed explicitly, oldest first, so bundlers and the CLI see the same set. */
export const migrations = [UsersAndProjects1764000000000];

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';

import { TrashKind } from '../models/trash-entry.model';
import { TrashableKindName } from '../trash-kinds';

/** What every `delete<Kind>` takes: the record and the version the client saw. */
export interface DeleteRecord {
  id: string;
  version: number;
}

const inputTypes = new Map<string, new () => object>();

/** `Delete<Kind>Input` (id, version) for one kind; GraphQL needs a class of its own per name. */
export function deleteInputFor(kind: TrashableKindName): new () => DeleteRecord {
  const name = `Delete${kind}Input`;
  if (!inputTypes.has(name)) {
    @InputType(name, { description: 'The record to remove to the trash and the version you loaded (CONFLICT when it changed since).' })
    class DeleteInput implements DeleteRecord {
      @Field(() => ID)
      @IsUUID('all', { message: 'Give the id of the record.' })
      id: string;

      @Field(() => Int, { description: 'Records without a version of their own (attendance entries, criteria texts) ignore it.' })
      @IsInt({ message: 'Give the version you loaded.' })
      @Min(1)
      @Max(2_147_483_647)
      version: number;
    }
    inputTypes.set(name, DeleteInput);
  }
  return inputTypes.get(name) as new () => DeleteRecord;
}

/** `Restore<Kind>Input` for one kind. */
export function restoreInputFor(kind: TrashableKindName): new () => { id: string } {
  const name = `Restore${kind}Input`;
  if (!inputTypes.has(name)) {
    @InputType(name, { description: 'The removed record to bring back from the trash.' })
    class RestoreInput {
      @Field(() => ID)
      @IsUUID('all', { message: 'Give the id of the removed record.' })
      id: string;
    }
    inputTypes.set(name, RestoreInput);
  }
  return inputTypes.get(name) as new () => { id: string };
}

export { TrashKind };

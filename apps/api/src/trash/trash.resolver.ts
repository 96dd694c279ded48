import { Type } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { PeopleRepository } from '../people/people.repository';

import { ProjectAccess } from '../common/access/project-access';
import { ProjectAccessRepository } from '../common/access/project-access.repository';
import { Access, CanEdit, CanView } from '../common/access/project-scoped.decorator';
import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids/is-uuid';
import { deleteInputFor, DeleteRecord, restoreInputFor } from './dto/trash.inputs';
import { RemovalImpactModel, RestoredRecordModel, TrashEntryModel, TrashKind } from './models/trash-entry.model';
import { TrashService } from './trash.service';
import { TrashRepository } from './trash.repository';
import { TRASHABLE, TRASHABLE_KINDS, TrashableKindName } from './trash-kinds';

/** Kinds whose `delete<Kind>` lives in their own area because it answers with something else (the KPI, for a measurement). */
const DELETED_ELSEWHERE = new Set<TrashableKindName>(['KpiMeasurement']);

@Resolver()
export class TrashResolver {
  constructor(
    private readonly trash: TrashService,
    private readonly memberships: ProjectAccessRepository,
  ) {}

  @Query(() => [TrashEntryModel], { name: 'trash', description: 'What was removed from the program in the last 30 days, newest first; people removed from the shared directory too.' })
  @CanView('projectId')
  listTrash(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess): Promise<TrashEntryModel[]> {
    return this.trash.list(access.projectId);
  }

  @Query(() => RemovalImpactModel, { description: 'What removing a record would take with it, unlink or be blocked by; nothing changes. Ask it before confirming a removal.' })
  async removalImpact(
    @Args('kind', { type: () => TrashKind }) kind: TrashableKindName,
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<RemovalImpactModel> {
    const guard = TRASHABLE[kind] as { guard?: Parameters<ProjectAccessRepository['membershipVia']>[0] };
    if (!isUuid(id)) throw notFound();
    if (guard.guard && !(await this.memberships.membershipVia(guard.guard, id, user.id))?.permission) throw notFound();
    return this.trash.impact(kind, id);
  }
}

/** `delete<Kind>` and `restore<Kind>` for one kind of program record, checked by the project-access guard like every edit. */
function programRecordResolver(kind: TrashableKindName, guard: Parameters<typeof CanEdit>[1]): Type<unknown> {
  const DeleteInput = deleteInputFor(kind);
  const RestoreInput = restoreInputFor(kind);
  const what = TRASHABLE[kind].what.replace(/^This /, 'the ');

  @Resolver()
  class RecordTrashResolver {
    constructor(readonly trash: TrashService) {}
  }
  const proto = RecordTrashResolver.prototype as unknown as Record<string, unknown>;
  if (!DELETED_ELSEWHERE.has(kind)) {
    proto[`delete${kind}`] = function (this: RecordTrashResolver, input: DeleteRecord, access: ProjectAccess) {
      return this.trash.remove(kind, input, { userId: access.userId, projectId: access.projectId });
    };
    decorate(proto, `delete${kind}`, [
      Mutation(() => TrashEntryModel, { name: `delete${kind}`, description: `Moves ${what} and what goes with it to the program's trash, restorable for 30 days.` }),
      CanEdit('input.id', guard),
    ], [Args('input', { type: () => DeleteInput }), Access()], [DeleteInput, Object]);
  }
  proto[`restore${kind}`] = function (this: RecordTrashResolver, input: { id: string }, access: ProjectAccess) {
    return this.trash.restore(kind, input.id, { userId: access.userId, projectId: access.projectId });
  };
  decorate(proto, `restore${kind}`, [
    Mutation(() => RestoredRecordModel, { name: `restore${kind}`, description: `Brings ${what} back from the trash with what went with it.` }),
    CanEdit('input.id', 'TrashedRecord'),
  ], [Args('input', { type: () => RestoreInput }), Access()], [RestoreInput, Object]);
  Object.defineProperty(RecordTrashResolver, 'name', { value: `${kind}TrashResolver` });
  return RecordTrashResolver;
}

// Made at import, before the schema is built: a type function runs too late to register a new class.
const DeletePersonInput = deleteInputFor('Person');
const RestorePersonInput = restoreInputFor('Person');

/**
 * People are the organisation's directory, not a program's: any member of the organisation keeps
 * it, as with creating and editing people. A person of another organisation answers as one that
 * does not exist.
 */
@Resolver()
export class PersonTrashResolver {
  constructor(
    private readonly trash: TrashService,
    private readonly people: PeopleRepository,
    private readonly trashed: TrashRepository,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Mutation(() => TrashEntryModel, { description: 'Removes a person from the directory with their role assignments and attendance; tasks, risks and requirements they were named on fall back to their role. Restorable for 30 days.' })
  async deletePerson(@Args('input', { type: () => DeletePersonInput }) input: DeleteRecord, @CurrentUser() user: AuthUser): Promise<TrashEntryModel> {
    if (!isUuid(input.id) || !(await this.people.isVisibleTo(this.db.manager, input.id, user.id))) throw notFound('This person');
    return this.trash.remove('Person', input, { userId: user.id, projectId: null });
  }

  @Mutation(() => RestoredRecordModel, { description: 'Brings a removed person back, with what went with them.' })
  async restorePerson(@Args('input', { type: () => RestorePersonInput }) input: { id: string }, @CurrentUser() user: AuthUser): Promise<RestoredRecordModel> {
    if (!isUuid(input.id) || (await this.trashed.organisationOfRemovedPerson(input.id)) !== user.organisationId) throw notFound('This removed person');
    return this.trash.restore('Person', input.id, { userId: user.id, projectId: null });
  }
}

/** What TypeScript does for decorators written in a class, for methods named at run time. */
// The input's class for the validation pipe, which TypeScript cannot emit for a class made at run time.
Reflect.defineMetadata('design:paramtypes', [DeletePersonInput, Object], PersonTrashResolver.prototype, 'deletePerson');
Reflect.defineMetadata('design:paramtypes', [RestorePersonInput, Object], PersonTrashResolver.prototype, 'restorePerson');

function decorate(proto: object, method: string, methodDecorators: MethodDecorator[], paramDecorators: ParameterDecorator[], paramTypes: unknown[]) {
  const descriptor = Object.getOwnPropertyDescriptor(proto, method)!;
  // The validation pipe reads the input's class from here, as the compiler would have emitted it.
  Reflect.defineMetadata('design:paramtypes', paramTypes, proto, method);
  paramDecorators.forEach((d, i) => d(proto, method, i));
  for (const d of [...methodDecorators].reverse()) d(proto, method, descriptor);
  Object.defineProperty(proto, method, descriptor);
}

export const RECORD_TRASH_RESOLVERS = TRASHABLE_KINDS.filter((k) => k !== 'Person').map((k) =>
  programRecordResolver(k, (TRASHABLE[k] as { guard: Parameters<typeof CanEdit>[1] }).guard),
);

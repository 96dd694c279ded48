import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanEdit, CanView } from '../common/access/project-scoped.decorator';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { RoleModel } from '../team/models/role.model';
import { roleById } from '../team/team.loaders';
import { CommunicationsService } from './communications.service';
import { CreateCommunicationInput, UpdateCommunicationInput } from './dto/communication.inputs';
import { CommunicationModel } from './models/communication.model';

@Resolver(() => CommunicationModel)
export class CommunicationsResolver {
  constructor(private readonly service: CommunicationsService) {}

  @Query(() => [CommunicationModel], { description: 'A wave’s communications plan, in the order the messages go out.' })
  @CanView('waveId', 'RolloutWave')
  communications(@Args('waveId', { type: () => ID }) waveId: string): Promise<CommunicationModel[]> {
    return this.service.ofWave(waveId);
  }

  @Mutation(() => CommunicationModel, { description: 'Adds a message to a wave’s plan, dated at its offset from the go-live.' })
  @CanEdit('input.waveId', 'RolloutWave')
  createCommunication(@Args('input') input: CreateCommunicationInput, @Access() access: ProjectAccess): Promise<CommunicationModel> {
    return this.service.create(input, access);
  }

  @Mutation(() => CommunicationModel, { description: 'Edits a message or records it as sent or skipped; a stale version is refused with CONFLICT.' })
  @CanEdit('input.id', 'Communication')
  updateCommunication(@Args('input') input: UpdateCommunicationInput, @Access() access: ProjectAccess): Promise<CommunicationModel> {
    return this.service.update(input, access);
  }

  @ResolveField(() => [RoleModel], { description: 'Roles of the program the message also speaks to (a role in the trash is left out).' })
  async audienceRoles(@Parent() message: CommunicationModel, @Context() ctx: GraphQLContext): Promise<RoleModel[]> {
    const roles = await roleById(ctx.loaders).loadMany(message.audienceRoleIds);
    return roles.filter((role): role is RoleModel => role != null && !(role instanceof Error));
  }

  @ResolveField(() => RoleModel, { nullable: true, description: 'The role that sends it and is reminded; null when that role was removed (the communications lead answers then).' })
  ownerRole(@Parent() message: CommunicationModel, @Context() ctx: GraphQLContext): Promise<RoleModel | null> {
    return message.ownerRoleId ? roleById(ctx.loaders).load(message.ownerRoleId) : Promise.resolve(null);
  }
}

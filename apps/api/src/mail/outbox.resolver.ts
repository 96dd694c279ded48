import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { badUserInput } from '../common/errors/app-error';
import { OrganisationModel } from '../organisations/models/organisation.model';
import { requireAdmin } from '../organisations/organisation-access';
import { MailRepository } from './mail.repository';
import { OutboxMailModel } from './models/outbox-mail.model';

export const OUTBOX_DEFAULT = 50;
export const OUTBOX_MAX = 200;

@Resolver(() => OrganisationModel)
export class OutboxResolver {
  constructor(private readonly mails: MailRepository) {}

  @ResolveField(() => [OutboxMailModel], { description: 'Admins only: the mails of the organisation, newest first.' })
  async outbox(
    @Parent() organisation: OrganisationModel,
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, nullable: true, defaultValue: OUTBOX_DEFAULT, description: `How many, 1 to ${OUTBOX_MAX}.` }) first: number | null,
  ): Promise<OutboxMailModel[]> {
    requireAdmin(user);
    first ??= OUTBOX_DEFAULT;
    if (first < 1 || first > OUTBOX_MAX) throw badUserInput([{ field: 'first', message: `Ask for 1 to ${OUTBOX_MAX} mails.`, code: 'OUT_OF_RANGE', params: { min: 1, max: OUTBOX_MAX } }]);
    // The parent is always the caller's own organisation (Query.organisation), but never trust it.
    const rows = await this.mails.ofOrganisation(user.organisationId, first);
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      to: row.to_email,
      subject: row.subject,
      text: row.text_body,
      createdAt: row.created_at,
      sentAt: row.sent_at,
      lastError: row.last_error,
    }));
  }
}

import { INestApplication } from '@nestjs/common';

import { OrganisationRoleValue } from '../auth/models/user.model';
import { UsersRepository } from '../auth/users.repository';
import { ProjectPermission } from '../common/access/project-access';
import { AuthUser } from '../common/auth/current-user';
import { InvitationsService } from '../invitations/invitations.service';
import { MailRepository } from '../mail/mail.repository';

export const DEMO_ORGANISATION_NAME = 'Northwind Traders';

/** Colleagues who accepted their invitation; they sign in with the demo password to see the program as they would. */
export const DEMO_MEMBERS: { name: string; email: string; permission: ProjectPermission }[] = [
  { name: 'Priya Raman', email: 'priya.raman@northwind.example', permission: ProjectPermission.EDITOR },
  { name: 'Hannah Schulz', email: 'hannah.schulz@northwind.example', permission: ProjectPermission.EDITOR },
  { name: 'Victor Okafor', email: 'victor.okafor@northwind.example', permission: ProjectPermission.VIEWER },
];

/** Left open so the organisation page shows what a pending invitation looks like. */
export const DEMO_PENDING_INVITATION = { email: 'grace.liu@northwind.example', permission: ProjectPermission.VIEWER };

/**
 * Brings colleagues into the demo organisation the way a user does: the admin invites them to the
 * program, they accept the mailed link. The link is read back from the outbox, as the invitee would
 * read it from their mail.
 */
export async function inviteDemoColleagues(app: INestApplication, adminId: string, projectId: string, password: string): Promise<void> {
  const account = await app.get(UsersRepository).account(adminId);
  if (!account) throw new Error('Demo seed: the demo account is missing');
  const admin: AuthUser = { id: account.id, email: account.email, organisationId: account.organisationId, organisationRole: account.organisationRole, locale: account.locale };
  const invitations = app.get(InvitationsService);
  const mails = app.get(MailRepository);
  for (const member of DEMO_MEMBERS) {
    await invitations.invite({ email: member.email, role: OrganisationRoleValue.MEMBER, projectId, permission: member.permission }, admin);
    const mail = (await mails.ofOrganisation(admin.organisationId, 20)).find((m) => m.to_email === member.email && m.kind === 'INVITATION');
    const token = mail && /[?&]token=([^\s&]+)/.exec(mail.text_body)?.[1];
    if (!token) throw new Error(`Demo seed: no invitation link was mailed to ${member.email}`);
    await invitations.accept({ token: decodeURIComponent(token), name: member.name, password });
  }
  await invitations.invite({ email: DEMO_PENDING_INVITATION.email, role: OrganisationRoleValue.MEMBER, projectId, permission: DEMO_PENDING_INVITATION.permission }, admin);
}

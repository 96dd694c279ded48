import { AuthUser } from '../common/auth/current-user';
import { forbidden } from '../common/errors/app-error';

/** Members, invitations, single sign-on and the outbox are the admins' to manage. */
export function requireAdmin(user: AuthUser): void {
  if (user.organisationRole !== 'ADMIN') throw forbidden('Only an admin of your organisation can do this.', { reason: 'ADMIN_ONLY' });
}

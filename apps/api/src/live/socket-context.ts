import { RequestWithAccess } from '../common/access/project-scoped.decorator';
import { RequestWithUser } from '../common/auth/current-user';

/**
 * What the guards and resolvers of a subscription see as `req`: the socket's bearer header (the
 * auth guard verifies it again for each subscription), the signed-in account, and the token
 * version the socket was opened with, which every event is checked against.
 */
export interface SocketRequest extends RequestWithUser, RequestWithAccess {
  tokenVersion?: number;
}

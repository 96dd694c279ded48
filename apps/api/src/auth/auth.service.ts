import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import { normalizeEmail } from '@crm/domain';

import { AppError, badUserInput, ErrorCode, notFound } from '../common/errors/app-error';
import { SignInInput } from './dto/sign-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { AuthPayloadModel } from './models/auth-payload.model';
import { decoyHash, hashPassword, verifyPassword } from './password';
import { UserRow, UsersRepository } from './users.repository';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly jwt: JwtService,
  ) {}

  async signUp(input: SignUpInput): Promise<AuthPayloadModel> {
    const email = normalizeEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    const id = await this.users.insertIfNew({ email, name: input.name.trim(), passwordHash });
    if (!id) throw badUserInput([{ field: 'email', message: 'An account with this email already exists. Sign in instead.' }]);
    return this.payloadFor({ id, email, name: input.name.trim() });
  }

  async signIn(input: SignInInput): Promise<AuthPayloadModel> {
    const user = await this.users.withPasswordHash(normalizeEmail(input.email));
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), input.password);
    if (!user || !valid) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Email or password is not right.');
    return this.payloadFor(user);
  }

  async me(userId: string): Promise<UserRow> {
    const user = await this.users.byId(userId);
    if (!user) throw notFound('Your account');
    return user;
  }

  private async payloadFor(user: UserRow): Promise<AuthPayloadModel> {
    const token = await this.jwt.signAsync({ sub: user.id, email: user.email });
    return { token, user: { id: user.id, email: user.email, name: user.name } };
  }
}

import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { normalizeEmail } from '@crm/domain';

import { AppError, badUserInput, ErrorCode, notFound } from '../common/errors/app-error';
import { SignInInput } from './dto/sign-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { AuthPayloadModel } from './models/auth-payload.model';
import { decoyHash, hashPassword, verifyPassword } from './password';
import { UserEntity } from './user.entity';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly jwt: JwtService,
  ) {}

  async signUp(input: SignUpInput): Promise<AuthPayloadModel> {
    const email = normalizeEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    // ON CONFLICT keeps two simultaneous sign-ups with one email from both succeeding.
    const inserted = await this.users
      .createQueryBuilder()
      .insert()
      .values({ email, name: input.name.trim(), passwordHash })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = inserted.raw[0]?.id as string | undefined;
    if (!id) throw badUserInput([{ field: 'email', message: 'An account with this email already exists. Sign in instead.' }]);
    return this.payloadFor({ id, email, name: input.name.trim() });
  }

  async signIn(input: SignInInput): Promise<AuthPayloadModel> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: normalizeEmail(input.email) })
      .getOne();
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), input.password);
    if (!user || !valid) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Email or password is not right.');
    return this.payloadFor(user);
  }

  async me(userId: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw notFound('Your account');
    return user;
  }

  private async payloadFor(user: Pick<UserEntity, 'id' | 'email' | 'name'>): Promise<AuthPayloadModel> {
    const token = await this.jwt.signAsync({ sub: user.id, email: user.email });
    return { token, user: { id: user.id, email: user.email, name: user.name } };
  }
}

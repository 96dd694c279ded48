import { Module } from '@nestjs/common';

import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { UsersRepository } from './users.repository';

@Module({
  providers: [AuthResolver, AuthService, UsersRepository],
  exports: [UsersRepository],
})
export class AuthModule {}

import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PermissionGuard } from '../common/guards/permission.guard.js';
import { RateLimitService } from '../common/rate-limit/rate-limit.service.js';
import { User } from '../users/user.entity.js';
import { AuthResolver, SessionsResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { LocalStrategy } from './local.strategy.js';
import { Session } from './session.entity.js';
import { SignInThrottle } from './sign-in-throttle.js';

@Global()
@Module({
  imports: [PassportModule, TypeOrmModule.forFeature([User, Session])],
  providers: [AuthService, SignInThrottle, LocalStrategy, AuthResolver, SessionsResolver, RateLimitService, { provide: APP_GUARD, useClass: PermissionGuard }],
  exports: [AuthService, RateLimitService],
})
export class AuthModule {}

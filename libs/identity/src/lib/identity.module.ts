import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '@werkkennis/organizations';
import { AuditEntryEntity } from '@werkkennis/persistence';
import { AccountTokenEntity } from './account-token.entity';
import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';
import { AuditResolver } from './audit.resolver';
import { MAILER, mailerFor } from './mailer';
import { AuthService } from './auth.service';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { RotatedRefreshTokenEntity, UserSessionEntity } from './session.entity';
import { SessionService } from './session.service';
import { IdentityResolver, UserLoaders } from './identity.resolver';
import { SignInThrottle, SignInThrottleEntity } from './sign-in-throttle';
import { UserEntity } from './user.entity';

@Module({})
export class IdentityModule {
  static forRoot(options: IdentityOptions): DynamicModule {
    return {
      module: IdentityModule,
      global: true,
      imports: [TypeOrmModule.forFeature([...IDENTITY_ENTITIES, AuditEntryEntity]), OrganizationsModule],
      providers: [{ provide: IDENTITY_OPTIONS, useValue: options }, AuthService, SessionService, SignInThrottle, UserLoaders, IdentityResolver, AuditResolver, AccountService, AccountResolver, { provide: MAILER, useValue: mailerFor(options.smtp) }],
      // The mailer and the public address also serve other domains' mail (the weekly digest of follows).
      exports: [AuthService, UserLoaders, MAILER, IDENTITY_OPTIONS],
    };
  }
}

export const IDENTITY_ENTITIES = [UserEntity, AccountTokenEntity, UserSessionEntity, RotatedRefreshTokenEntity, SignInThrottleEntity];

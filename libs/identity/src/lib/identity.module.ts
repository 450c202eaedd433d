import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '@werkkennis/organizations';
import { AuditEntryEntity } from '@werkkennis/persistence';
import { AuditResolver } from './audit.resolver';
import { AuthService, IDENTITY_OPTIONS, type IdentityOptions } from './auth.service';
import { IdentityResolver, UserLoaders } from './identity.resolver';
import { UserEntity } from './user.entity';

@Module({})
export class IdentityModule {
  static forRoot(options: IdentityOptions): DynamicModule {
    return {
      module: IdentityModule,
      global: true,
      imports: [TypeOrmModule.forFeature([UserEntity, AuditEntryEntity]), OrganizationsModule],
      providers: [{ provide: IDENTITY_OPTIONS, useValue: options }, AuthService, UserLoaders, IdentityResolver, AuditResolver],
      exports: [AuthService, UserLoaders],
    };
  }
}

export const IDENTITY_ENTITIES = [UserEntity];

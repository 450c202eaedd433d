export * from './lib/user.entity';
export * from './lib/user.model';
export * from './lib/auth.service';
export * from './lib/password-hasher';
export * from './lib/identity.resolver';
export * from './lib/identity.module';

export * from './lib/sessions/session.entity';
export * from './lib/sessions/session.model';
export * from './lib/network.module';

export * from './lib/follow.entity';
export * from './lib/follow.service';
export * from './lib/digest.service';
export * from './lib/follows.module';

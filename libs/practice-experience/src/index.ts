export * from './lib/practice-experience.entity';
export * from './lib/practice-experience.model';
export * from './lib/practice-experience.inputs';
export * from './lib/practice-experience.service';
export * from './lib/practice-experience.module';

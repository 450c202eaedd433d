export * from './lib/intervention.entity';
export * from './lib/intervention.model';
export * from './lib/intervention.inputs';
export * from './lib/intervention.service';
export * from './lib/intervention.loaders';
export * from './lib/interventions.module';

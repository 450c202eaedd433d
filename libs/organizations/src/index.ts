export * from './lib/organization.entity';
export * from './lib/organization.model';
export * from './lib/organization.inputs';
export * from './lib/organization.service';
export * from './lib/organization.loaders';
export * from './lib/organizations.module';

export * from './lib/project.entity';
export * from './lib/project.model';
export * from './lib/project.inputs';
export * from './lib/project.service';
export * from './lib/project.resolver';
export * from './lib/projects.module';

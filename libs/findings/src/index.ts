export * from './lib/finding.entity';
export * from './lib/finding.model';
export * from './lib/finding.inputs';
export * from './lib/finding.service';
export * from './lib/findings.module';

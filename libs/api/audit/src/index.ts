export * from './lib/audit.entity';
export * from './lib/audit.module';
export * from './lib/audit.service';

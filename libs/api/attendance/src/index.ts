export * from './lib/attendance.entities';
export * from './lib/attendance.module';
export * from './lib/attendance.service';

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@epm/api/audit';
import { EventsModule } from '@epm/api/events';
import { RegistrationsModule } from '@epm/api/registrations';
import { AttendanceController } from './attendance.controller';
import { AttendanceRecordEntity, CheckInCodeEntity } from './attendance.entities';
import { AttendanceService } from './attendance.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([AttendanceRecordEntity, CheckInCodeEntity]),
    AuditModule,
    EventsModule,
    RegistrationsModule,
  ],
  controllers: [AttendanceController],
  providers: [AttendanceService],
  exports: [AttendanceService],
})
export class AttendanceModule {}

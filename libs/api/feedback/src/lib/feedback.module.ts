import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttendanceModule } from '@epm/api/attendance';
import { AuditModule } from '@epm/api/audit';
import { EventsModule } from '@epm/api/events';
import { RegistrationsModule } from '@epm/api/registrations';
import { FeedbackController } from './feedback.controller';
import {
  ConsultationResponseEntity,
  FeedbackFormEntity,
  FeedbackLinkEntity,
  FeedbackRequestEntity,
  FeedbackResponseEntity,
} from './feedback.entities';
import { FeedbackScheduler } from './feedback-scheduler';
import { FeedbackService } from './feedback.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      FeedbackFormEntity,
      FeedbackRequestEntity,
      FeedbackLinkEntity,
      FeedbackResponseEntity,
      ConsultationResponseEntity,
    ]),
    AuditModule,
    EventsModule,
    RegistrationsModule,
    AttendanceModule,
  ],
  controllers: [FeedbackController],
  providers: [FeedbackService, FeedbackScheduler],
  exports: [FeedbackService, FeedbackScheduler],
})
export class FeedbackModule {}

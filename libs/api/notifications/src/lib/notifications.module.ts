import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttendanceModule } from '@epm/api/attendance';
import { EventsModule } from '@epm/api/events';
import { FeedbackModule } from '@epm/api/feedback';
import { RegistrationsModule } from '@epm/api/registrations';
import { BackgroundMail } from './background-mail';
import { MailDispatcher } from './dispatcher';
import { MailTransport } from './mail-transport';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { OutboxMessageEntity } from './outbox.entity';
import { OutboxService } from './outbox.service';
import { ReminderScheduler } from './reminders';

@Module({
  imports: [
    TypeOrmModule.forFeature([OutboxMessageEntity]),
    EventsModule,
    RegistrationsModule,
    AttendanceModule,
    FeedbackModule,
  ],
  controllers: [NotificationsController],
  providers: [OutboxService, NotificationsService, MailTransport, MailDispatcher, ReminderScheduler, BackgroundMail],
  exports: [MailDispatcher, ReminderScheduler, OutboxService],
})
export class NotificationsModule {}

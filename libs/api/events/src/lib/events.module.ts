import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@epm/api/audit';
import { OrganisationEntity } from '@epm/api/reference';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { EventsController } from './events.controller';
import {
  EventEntity,
  EventObjectiveEntity,
  EventSeriesEntity,
  EventTagEntity,
  ObjectiveEntity,
  ProgrammeEntity,
} from './events.entities';
import { EventsService } from './events.service';
import { ProgrammeController } from './programme.controller';
import { ProgrammeService } from './programme.service';
import { PublicReadCache } from './public-read-cache';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      ProgrammeEntity,
      ObjectiveEntity,
      EventEntity,
      EventTagEntity,
      EventObjectiveEntity,
      EventSeriesEntity,
      OrganisationEntity,
    ]),
    AuditModule,
  ],
  controllers: [EventsController, ProgrammeController, CalendarController],
  providers: [EventsService, ProgrammeService, CalendarService, PublicReadCache],
  exports: [EventsService, ProgrammeService, CalendarService, PublicReadCache],
})
export class EventsModule {}

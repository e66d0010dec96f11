import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@epm/api/audit';
import { EventsModule } from '@epm/api/events';
import { RegistrationsController } from './registrations.controller';
import { IdempotencyKeyEntity, RegistrationEntity, RegistrationLinkEntity } from './registrations.entities';
import { RegistrationsService } from './registrations.service';
import { PersonPseudonyms } from './pseudonyms';
import { RetentionScheduler } from './retention';

@Module({
  imports: [
    TypeOrmModule.forFeature([RegistrationEntity, RegistrationLinkEntity, IdempotencyKeyEntity]),
    AuditModule,
    EventsModule,
  ],
  controllers: [RegistrationsController],
  providers: [RegistrationsService, RetentionScheduler, PersonPseudonyms],
  exports: [RegistrationsService],
})
export class RegistrationsModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@epm/api/audit';
import { EventsModule } from '@epm/api/events';
import { OutcomesController } from './outcomes.controller';
import { OutcomeEntity, OutcomeEventEntity, OutcomeObjectiveEntity } from './outcomes.entities';
import { OutcomesService } from './outcomes.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([OutcomeEntity, OutcomeEventEntity, OutcomeObjectiveEntity]),
    AuditModule,
    EventsModule,
  ],
  controllers: [OutcomesController],
  providers: [OutcomesService],
  exports: [OutcomesService],
})
export class OutcomesModule {}

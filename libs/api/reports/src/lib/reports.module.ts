import { Module } from '@nestjs/common';
import { EventsModule } from '@epm/api/events';
import { ReportsController } from './reports.controller';
import { ReportScopeService } from './report-scope.service';
import { ReportsService } from './reports.service';

@Module({
  imports: [EventsModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportScopeService],
  exports: [ReportsService],
})
export class ReportsModule {}

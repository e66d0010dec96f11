import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttendanceModule } from '@epm/api/attendance';
import { AuditModule } from '@epm/api/audit';
import { EventsModule } from '@epm/api/events';
import { FeedbackModule } from '@epm/api/feedback';
import { IdentityModule } from '@epm/api/identity';
import { NotificationsModule } from '@epm/api/notifications';
import { OutcomesModule } from '@epm/api/outcomes';
import { AppConfig, PlatformModule, ReportsDatabase } from '@epm/api/platform';
import { ReferenceModule } from '@epm/api/reference';
import { ReportsModule } from '@epm/api/reports';
import { RegistrationsModule } from '@epm/api/registrations';
import { DataSource } from 'typeorm';
import { version } from '../../../../package.json';

/**
 * Composes the domain modules over one already-open, already-migrated
 * DataSource (see main.ts), so a database problem stops start-up before any
 * module starts; the reports read `reports`, a read replica, when one is given.
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource, reports?: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config, version, new ReportsDatabase(reports ?? dataSource, reports !== undefined)),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        ReferenceModule,
        AuditModule,
        IdentityModule,
        EventsModule,
        RegistrationsModule,
        AttendanceModule,
        FeedbackModule,
        NotificationsModule,
        ReportsModule,
        OutcomesModule,
      ],
    };
  }
}

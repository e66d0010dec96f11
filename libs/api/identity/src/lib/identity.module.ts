import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@epm/api/audit';
import { OrganisationEntity } from '@epm/api/reference';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { IdentityBootstrapService } from './identity-bootstrap.service';
import { SessionEntity, UserEntity } from './identity.entities';
import { SessionService } from './session.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity, OrganisationEntity]), AuditModule],
  controllers: [AuthController, UsersController],
  providers: [
    AuthService,
    SessionService,
    UsersService,
    IdentityBootstrapService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [UsersService, IdentityBootstrapService],
})
export class IdentityModule {}

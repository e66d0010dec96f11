import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Min } from 'class-validator';
import { PageQuery, Roles } from '@epm/api/platform';
import type { AuditEventResponse, Page } from '@epm/shared/contracts';
import { AuditService } from './audit.service';

export class AuditQueryDto extends PageQuery {
  @ApiPropertyOptional({ description: 'Actions starting with this, for example "auth." or "user.role"' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z.-]{1,64}$/, { message: 'action must be lower-case words separated by dots' })
  action?: string;

  @ApiPropertyOptional({ description: 'Only events by this user' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  actorId?: number;
}

class AuditActorDto {
  @ApiProperty() id!: number;
  @ApiProperty() email!: string;
}

class AuditEventDto implements AuditEventResponse {
  @ApiProperty() id!: number;
  @ApiProperty({ description: 'When, ISO 8601 in UTC' }) at!: string;
  @ApiProperty({ type: AuditActorDto, nullable: true, description: 'Who; null for anonymous or system actions' })
  actor!: AuditActorDto | null;
  @ApiProperty({ example: 'auth.login.succeeded' }) action!: string;
  @ApiProperty({ nullable: true, type: String, example: 'user' }) entityType!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '12' }) entityId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Client address' }) ip!: string | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) details!: Record<string, unknown> | null;
}

class AuditPageDto implements Page<AuditEventResponse> {
  @ApiProperty({ type: [AuditEventDto] }) items!: AuditEventDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'The audit log, newest first (administrators only; read-only)' })
  @ApiOkResponse({ type: AuditPageDto })
  list(@Query() query: AuditQueryDto): Promise<Page<AuditEventResponse>> {
    return this.audit.list({ ...query, page: query.page ?? 1, pageSize: query.pageSize ?? 50 });
  }
}

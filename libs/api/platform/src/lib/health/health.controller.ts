import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@epm/shared/contracts';
import type { Response } from 'express';
import { Public } from '../access/access';
import { HealthResponseDto } from './health.dto';
import { HealthService } from './health.service';

@ApiTags('platform')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Liveness and database reachability, for load balancers and monitoring' })
  @ApiOkResponse({ type: HealthResponseDto })
  @ApiServiceUnavailableResponse({ type: HealthResponseDto, description: 'The database does not answer' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const databaseUp = await this.health.isDatabaseUp();
    if (!databaseUp) response.status(HttpStatus.SERVICE_UNAVAILABLE);
    response.setHeader('Cache-Control', 'no-store');
    return { status: databaseUp ? 'ok' : 'error', database: databaseUp ? 'up' : 'down' };
  }
}

import { ApiProperty } from '@nestjs/swagger';
import type { HealthResponse } from '@epm/shared/contracts';

export class HealthResponseDto implements HealthResponse {
  @ApiProperty({ enum: ['ok', 'error'], description: 'ok when the service can do its work', example: 'ok' })
  status!: 'ok' | 'error';

  @ApiProperty({ enum: ['up', 'down'], description: 'Whether the database answered a query', example: 'up' })
  database!: 'up' | 'down';
}

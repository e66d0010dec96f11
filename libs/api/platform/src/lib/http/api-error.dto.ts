import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiError } from '@epm/shared/contracts';

export class ApiErrorDto implements ApiError {
  @ApiProperty({ description: 'HTTP status code', example: 422 })
  statusCode!: number;

  @ApiProperty({ description: 'HTTP reason phrase', example: 'Unprocessable Entity' })
  error!: string;

  @ApiProperty({ description: 'What went wrong, for people', example: 'Check the highlighted fields' })
  message!: string;

  @ApiPropertyOptional({
    description: 'Input validation failures: messages per field path',
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    example: { limit: ['limit must not be greater than 400'] },
  })
  errors?: Record<string, string[]>;
}

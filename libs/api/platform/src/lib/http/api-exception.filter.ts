import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiError } from '@epm/shared/contracts';
import type { Request, Response } from 'express';

/**
 * Gives every error one JSON shape (ApiError) and keeps stack traces and
 * driver messages on the server: a client only ever sees what the product chose to say.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const body = this.toApiError(exception);
    if (body.statusCode >= 500) {
      this.logger.error(
        { msg: 'Unhandled error', method: request.method, path: request.path },
        exception instanceof Error ? exception.stack : String(exception),
      );
    }
    if (response.headersSent) return;
    response.status(body.statusCode).json(body);
  }

  private toApiError(exception: unknown): ApiError {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      // The HTTP adapter wraps parser failures; their own messages describe parser internals.
      if (exception.cause instanceof SyntaxError) {
        return { statusCode, error: reasonPhrase(statusCode), message: 'The request body is not valid JSON' };
      }
      if (exception.cause instanceof URIError) {
        return { statusCode, error: reasonPhrase(statusCode), message: 'The address is not valid' };
      }
      const payload = exception.getResponse();
      const fields = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
      const message =
        typeof payload === 'string' ? payload : typeof fields['message'] === 'string' ? fields['message'] : undefined;
      const errors = fields['errors'];
      return {
        statusCode,
        error: reasonPhrase(statusCode),
        message: message ?? reasonPhrase(statusCode),
        ...(isErrorMap(errors) ? { errors } : {}),
      };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: reasonPhrase(500),
      message: 'Something went wrong on our side. Try again later.',
    };
  }
}

function isErrorMap(value: unknown): value is Record<string, string[]> {
  return typeof value === 'object' && value !== null && Object.values(value).every(Array.isArray);
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function reasonPhrase(status: number): string {
  return REASONS[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

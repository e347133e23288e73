import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { ErrorCode } from '@ogp-forum/domain';
import type { Response } from 'express';
import { DomainError } from './domain-errors.js';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { NOT_FOUND: 404, BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, CONFLICT: 409, RATE_LIMITED: 429 };

/** Plain HTTP routes (calendars, exports) answer domain errors as JSON with the same codes as GraphQL. */
@Catch(DomainError)
export class DomainErrorHttpFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<Response>().status(HTTP_STATUS[error.code] ?? 500).json({ code: error.code, message: error.message });
  }
}

import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { ErrorCode } from '@ogp-forum/domain';
import type { Request, Response } from 'express';
import { DomainError } from './domain-errors.js';
import { errorMessageIn, requestLocale } from './error-messages.js';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { NOT_FOUND: 404, BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, CONFLICT: 409, RATE_LIMITED: 429 };

/** Plain HTTP routes (calendars, exports) answer domain errors as JSON with the same codes as GraphQL. */
@Catch(DomainError)
export class DomainErrorHttpFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const message = errorMessageIn(requestLocale(http.getRequest<Request>()), error.message, error.code);
    http.getResponse<Response>().status(HTTP_STATUS[error.code] ?? 500).json({ code: error.code, message });
  }
}

import { ErrorCode } from '@ogp-forum/domain';

/**
 * What services throw. Each kind carries the `extensions.code` clients see; the message is for people and never
 * contains internals.
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;

  constructor(
    message: string,
    /** Extra facts a client can act on, e.g. the field that was wrong. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;

  constructor(entity: string, id: string) {
    super(`${entity} ${id} was not found`, { entity, id });
  }
}

export class BadUserInputError extends DomainError {
  readonly code = ErrorCode.BAD_USER_INPUT;
}

export class ConflictError extends DomainError {
  readonly code = ErrorCode.CONFLICT;
}

export class UnauthenticatedError extends DomainError {
  readonly code = ErrorCode.UNAUTHENTICATED;

  constructor(message = 'You must sign in to do this', details: Record<string, unknown> = {}) {
    super(message, details);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;

  constructor(message = 'You are not allowed to do this', details: Record<string, unknown> = {}) {
    super(message, details);
  }
}

export class RateLimitedError extends DomainError {
  readonly code = ErrorCode.RATE_LIMITED;
}

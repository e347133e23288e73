import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Nest logs every error a resolver or guard throws at error level, stack and all, before Apollo sees it: a wrong
 * password or an unknown id would read like a crash. GraphQL errors pass through here untouched, so that the one
 * formatter (format-graphql-error.ts) decides how each is logged; plain HTTP routes keep Nest's own handling.
 */
@Catch()
export class GraphqlErrorsFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}

import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Action } from '@ogp-forum/domain';
import type { Request } from 'express';

export const ALLOW_KEY = 'ogp-forum:allow';

/**
 * The permission an operation needs, from the matrix in libs/domain. Every query, mutation, controller route and socket
 * event declares one; the global PermissionGuard refuses anything that does not (and a test walks the schema for it).
 */
export const Allow = (action: Action) => SetMetadata(ALLOW_KEY, action);

/** The request behind an HTTP route or a GraphQL operation. */
export function requestOf(context: ExecutionContext): Request {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest();
}

/** The signed-in user, or null for an anonymous visitor. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => requestOf(context).user ?? null);

/** The id of the session the request is signed in with, or null. */
export const CurrentSessionId = createParamDecorator((_data: unknown, context: ExecutionContext) => requestOf(context).sessionId ?? null);

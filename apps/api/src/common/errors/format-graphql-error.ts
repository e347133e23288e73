import { HttpException, Logger } from '@nestjs/common';
import { ErrorCode } from '@ogp-forum/domain';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-errors.js';

const logger = new Logger('GraphQL');

/** Codes Apollo and graphql-js give to a malformed request: all of them are the client's mistake. */
const CLIENT_MISTAKES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.RATE_LIMITED,
};

/** A class-validator failure arrives as a 400 whose response lists the messages. */
function httpExceptionMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'object' && response && 'message' in response) {
    const message = (response as { message: unknown }).message;
    return Array.isArray(message) ? message.join('; ') : String(message);
  }
  return exception.message;
}

/** A refusal or a spent budget may be someone probing, worth an operator's look; the other mistakes are ordinary use. */
const WARN_CODES = new Set<string>([ErrorCode.FORBIDDEN, ErrorCode.RATE_LIMITED]);

/**
 * The one place where errors become what a client sees: a message, `extensions.code` from DESIGN.md §6, the path.
 * A client's mistake is logged as one line at info (warn for refusals), without a stack; anything we did not anticipate
 * is logged with its stack at error and answered as INTERNAL without details.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const mistake = clientMistake(formatted, original);
  if (mistake) {
    const code = mistake.extensions!.code as string;
    logger[WARN_CODES.has(code) ? 'warn' : 'log']({ code, path: formatted.path?.join('.'), msg: mistake.message });
    return mistake;
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { message: 'Something went wrong on our side; it has been logged.', path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
}

/** What the client is told of its own mistake, with any code but INTERNAL; null for what we did not anticipate. */
function clientMistake(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError | null {
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof HttpException) {
    const code = HTTP_STATUS_CODES[original.getStatus()];
    if (code) return { ...base, message: httpExceptionMessage(original), extensions: { code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_MISTAKES.has(code)) {
    return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (typeof code === 'string' && (Object.values(ErrorCode) as string[]).includes(code) && code !== ErrorCode.INTERNAL) {
    return { ...base, extensions: { code } };
  }
  return null;
}

import type { NestExpressApplication } from '@nestjs/platform-express';
import { ErrorCode } from '@ogp-forum/domain';
import express, { type NextFunction, type Request, type Response } from 'express';

/** The largest request body the api reads; a long comment or proposal is far below it. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * JSON bodies up to MAX_BODY_BYTES. A larger or unreadable body is answered the way every other client mistake is:
 * a GraphQL-shaped error with BAD_USER_INPUT (413 or 400), so clients need one error path.
 */
export function readJsonBodies(app: NestExpressApplication): void {
  app.use(express.json({ limit: MAX_BODY_BYTES }));
  app.use((error: { type?: string }, _req: Request, res: Response, next: NextFunction) => {
    const messages: Record<string, [number, string]> = {
      'entity.too.large': [413, `The request is larger than ${MAX_BODY_BYTES / 1024} kB`],
      'entity.parse.failed': [400, 'The request body is not valid JSON'],
      'encoding.unsupported': [415, 'The request body must be UTF-8'],
    };
    const known = error.type ? messages[error.type] : undefined;
    if (!known) return next(error);
    res.status(known[0]).json({ errors: [{ message: known[1], extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
  });
}

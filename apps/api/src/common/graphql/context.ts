import type { Request, Response } from 'express';
import type { Loaders } from '../dataloader/loaders.js';

/** What every resolver receives as its GraphQL context. */
export interface GraphqlContext {
  req: Request;
  res: Response;
  loaders: Loaders;
}

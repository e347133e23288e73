import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createLoaders, Loaders } from './loaders.js';

/** Makes the per-request set of DataLoaders for the GraphQL context. */
@Injectable()
export class LoadersFactory {
  constructor(private readonly db: DataSource) {}

  create(): Loaders {
    return createLoaders(this.db);
  }
}

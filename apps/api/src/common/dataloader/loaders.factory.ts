import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../clock.js';
import { createLoaders, Loaders } from './loaders.js';

/** Makes the per-request set of DataLoaders for the GraphQL context. */
@Injectable()
export class LoadersFactory {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  create(): Loaders {
    return createLoaders(this.db, this.clock.now());
  }
}

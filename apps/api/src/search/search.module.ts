import { Module } from '@nestjs/common';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

/** Search over everything a reader may read, in English and Korean, by PostgreSQL alone (issue 12). */
@Module({ providers: [SearchService, SearchResolver] })
export class SearchModule {}

import { Module } from '@nestjs/common';
import { LoadersFactory } from './loaders.factory.js';

@Module({ providers: [LoadersFactory], exports: [LoadersFactory] })
export class DataloaderModule {}

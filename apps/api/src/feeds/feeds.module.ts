import { Module } from '@nestjs/common';
import { FeedsController } from './feeds.controller.js';

/** Atom feeds of the public record, for feed readers. */
@Module({ controllers: [FeedsController] })
export class FeedsModule {}

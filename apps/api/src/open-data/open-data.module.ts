import { Module } from '@nestjs/common';
import { OpenDataController } from './open-data.controller.js';
import { OpenDataService } from './open-data.service.js';

/** The open-data export of the forum and of each plan. */
@Module({ controllers: [OpenDataController], providers: [OpenDataService], exports: [OpenDataService] })
export class OpenDataModule {}

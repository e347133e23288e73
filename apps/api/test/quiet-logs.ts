import { Logger } from '@nestjs/common';
import { nestLogLevels } from '../src/config/config.js';

// Code that logs outside a running app (seeding, the error formatter) follows LOG_LEVEL too; npm test sets it to silent.
Logger.overrideLogger(nestLogLevels(process.env.LOG_LEVEL ?? 'silent'));

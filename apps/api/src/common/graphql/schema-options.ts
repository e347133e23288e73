import type { BuildSchemaOptions } from '@nestjs/graphql';
import { DateTimeScalar } from '../validation/date-time.scalar.js';

/** How the code-first schema is built, shared by the running api and the printed schema (`npm run codegen`). */
export const schemaBuildOptions: BuildSchemaOptions = { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] };

import { Foundation1795784048841 } from './1795784048841-Foundation.js';

/** The committed migrations, oldest first. */
export const MIGRATIONS = [Foundation1795784048841];

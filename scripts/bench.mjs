// `npm run bench`: build if needed, then run the benchmarks in bench/ and write docs/benchmarks.md.
import { build, ensureInstalled } from './lib.mjs';

ensureInstalled();
build({ quiet: true });
await import('../bench/run.mjs');

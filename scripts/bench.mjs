// `npm run bench`: build if needed, then run the benchmarks in bench/ and write docs/benchmarks.md;
// `npm run bench -- --generate`: fill a database with a forum after ten years (bench/generate.mjs).
import { build, ensureInstalled } from './lib.mjs';

ensureInstalled();
build({ quiet: true });
// `--generate` only fills a database with a forum after ten years; without it, the benchmarks run.
await import(process.argv.includes('--generate') ? '../bench/generate.mjs' : '../bench/run.mjs');

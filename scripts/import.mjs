// `npm run import -- <file.zip>`: install if needed, build if needed, then load an open-data archive into an empty
// installation (apps/api/src/cli/import-open-data.ts says how).
import { build, ensureInstalled } from './lib.mjs';

ensureInstalled();
build({ quiet: true });
await import('../apps/api/dist/cli/import-open-data.js');

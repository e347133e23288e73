// `npm start`: install if needed, build if needed, then run the api (embedded PostgreSQL, migrations, seeds, web app).
import { build, ensureInstalled } from './lib.mjs';

ensureInstalled();
build();
await import('../apps/api/dist/main.js');

// `npm run build`: what `npm start` builds, without starting.
import { build, ensureInstalled } from './lib.mjs';

ensureInstalled();
build();

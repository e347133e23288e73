export * from './enums.js';
export * from './completion.js';
export * from './monitoring.js';
export * from './permissions.js';
export * from './live.js';
export * from './proposals.js';
export * from './meetings.js';

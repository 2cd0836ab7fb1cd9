export * from './episode/episode-status.js';
export * from './program/program-settings.js';
export * from './client/client-name.js';
export * from './staff/staff-role.js';
export * from './access/policy.js';

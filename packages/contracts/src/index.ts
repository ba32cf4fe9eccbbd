export * from './auth.ts';
export * from './common.ts';
export * from './health.ts';
export * from './me.ts';
export * from './people.ts';
export * from './profiles.ts';
export * from './programs.ts';
export * from './users.ts';

export * from './auth.ts';
export * from './programs.ts';
export * from './users.ts';

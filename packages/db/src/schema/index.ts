export * from './auth.ts';
export * from './matching.ts';
export * from './outbox.ts';
export * from './people.ts';
export * from './program-setup.ts';
export * from './programs.ts';
export * from './scheduling.ts';
export * from './users.ts';

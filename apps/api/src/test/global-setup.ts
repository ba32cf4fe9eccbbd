import { createTestTemplate, dropTestTemplate, type TestTemplate } from '@mentoring/db/testing';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: TestTemplate;
  }
}

/** Migrates one template database for the whole run; each test file copies it. */
export default async function setup(project: TestProject) {
  const template = await createTestTemplate();
  project.provide('dbTemplate', template);
  return () => dropTestTemplate(template);
}

export { backupPglite, backupPostgres, restorePglite, restorePostgres } from './backup.ts';
export * from './client.ts';
export { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from './demo/seed.ts';
export * from './errors.ts';
export * from './migrate.ts';
export { preparedRows, preparedStatement } from './prepared.ts';
export { DEFAULT_TAGS, type DefaultPhase, type DefaultTag, defaultPhases } from './program-defaults.ts';
export * as schema from './schema/index.ts';
export {
  SURVEY_TEMPLATES,
  type SurveyTemplate,
  type SurveyTemplateKind,
  type TemplateQuestion,
} from './survey-templates.ts';

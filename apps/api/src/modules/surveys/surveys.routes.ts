import {
  CompareQuery,
  CreateSurveyBody,
  MyResponse,
  MyResponseBody,
  Problem,
  ProgramIdParams,
  ResultsQuery,
  SendSurveyBody,
  Survey,
  SurveyComparison,
  SurveyIdParams,
  SurveyResults,
  SurveySummary,
  UpdateSurveyBody,
} from '@mentoring/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SurveyAnswersService } from './survey-answers.service.ts';
import type { SurveyResultsService } from './survey-results.service.ts';
import type { SurveysService } from './surveys.service.ts';

const security = [{ bearer: [] }];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const tags = ['surveys'];

/** Feedback surveys: coordinators build and send them and read anonymous results; recipients answer. */
export const surveyRoutes: FastifyPluginAsyncZod<{
  surveys: SurveysService;
  answers: SurveyAnswersService;
  results: SurveyResultsService;
}> = async (app, { surveys, answers, results }) => {
  app.get(
    '/programs/:programId/surveys',
    {
      schema: {
        tags,
        security,
        summary: "The program's surveys (coordinators) or the surveys sent to me (participants)",
        params: ProgramIdParams,
        response: { 200: z.array(SurveySummary), ...errors },
      },
    },
    async (request) => surveys.list(request.user, request.params.programId),
  );
  app.post(
    '/programs/:programId/surveys',
    {
      schema: {
        tags,
        security,
        summary: 'Create a draft survey from a template (coordinators)',
        params: ProgramIdParams,
        body: CreateSurveyBody,
        response: { 201: Survey, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await surveys.create(request.user, request.params.programId, request.body)),
  );
  app.get(
    '/programs/:programId/surveys/compare',
    {
      schema: {
        tags,
        security,
        summary: 'Start vs end of a cohort: means and counts per shared question (groups of 5 or more)',
        params: ProgramIdParams,
        querystring: CompareQuery,
        response: { 200: SurveyComparison, ...errors },
      },
    },
    async (request) => results.compare(request.user, request.params.programId, request.query),
  );
  app.get(
    '/surveys/:surveyId',
    {
      schema: {
        tags,
        security,
        summary: 'A survey with its questions',
        params: SurveyIdParams,
        response: { 200: Survey, ...errors },
      },
    },
    async (request) => surveys.get(request.user, request.params.surveyId),
  );
  app.patch(
    '/surveys/:surveyId',
    {
      schema: {
        tags,
        security,
        summary: 'Edit the title or dates of a survey not yet sent',
        params: SurveyIdParams,
        body: UpdateSurveyBody,
        response: { 200: Survey, ...errors },
      },
    },
    async (request) => surveys.update(request.user, request.params.surveyId, request.body),
  );
  app.delete(
    '/surveys/:surveyId',
    {
      schema: {
        tags,
        security,
        summary: 'Delete a survey not yet sent',
        params: SurveyIdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await surveys.remove(request.user, request.params.surveyId);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/surveys/:surveyId/send',
    {
      schema: {
        tags,
        security,
        summary: 'Send to a role or to chosen participants; invitations go out when it opens',
        params: SurveyIdParams,
        body: SendSurveyBody,
        response: { 200: Survey, ...errors },
      },
    },
    async (request) => surveys.send(request.user, request.params.surveyId, request.body),
  );
  app.get(
    '/surveys/:surveyId/my-response',
    {
      schema: {
        tags,
        security,
        summary: 'My own answers to a survey sent to me',
        params: SurveyIdParams,
        response: { 200: MyResponse, ...errors },
      },
    },
    async (request) => answers.get(request.user, request.params.surveyId),
  );
  app.put(
    '/surveys/:surveyId/my-response',
    {
      schema: {
        tags,
        security,
        summary: 'Answer, or change my answers until the survey closes',
        params: SurveyIdParams,
        body: MyResponseBody,
        response: { 200: MyResponse, ...errors },
      },
    },
    async (request) => answers.put(request.user, request.params.surveyId, request.body),
  );
  app.get(
    '/surveys/:surveyId/results',
    {
      schema: {
        tags,
        security,
        summary: 'Anonymous results of a closed survey, for everyone or one role (coordinators)',
        params: SurveyIdParams,
        querystring: ResultsQuery,
        response: { 200: SurveyResults, ...errors },
      },
    },
    async (request) => results.results(request.user, request.params.surveyId, request.query.role ?? null),
  );
  app.get(
    '/surveys/:surveyId/results.csv',
    {
      schema: {
        tags,
        security,
        summary: 'The same results as CSV, under the same rules',
        params: SurveyIdParams,
        querystring: ResultsQuery,
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const { role, lang } = request.query;
      const csv = await results.csv(request.user, request.params.surveyId, role ?? null, lang);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="survey-results${role ? `-${role}` : ''}.csv"`)
        .send(`\uFEFF${csv}`);
    },
  );
};

import { Indicators, IndicatorsQuery, Problem } from '@mentoring/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { IndicatorsService } from './indicators.service.ts';

const security = [{ bearer: [] }];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

/** Figures for funders and steering groups. */
export const reportRoutes: FastifyPluginAsyncZod<{ indicators: IndicatorsService }> = async (
  app,
  { indicators },
) => {
  const tags = ['reports'];
  app.get(
    '/reports/indicators',
    {
      schema: {
        tags,
        security,
        summary: 'Indicators for a date range and a set of programs (coordinators, administrators)',
        querystring: IndicatorsQuery,
        response: { 200: Indicators, ...errors },
      },
    },
    async (request) => indicators.indicators(request.user, request.query),
  );
  app.get(
    '/reports/indicators.csv',
    {
      schema: {
        tags,
        security,
        summary: 'The same indicators as CSV',
        querystring: IndicatorsQuery,
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const { report, csv } = await indicators.exportCsv(request.user, request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="indicators-${report.from}-${report.to}.csv"`)
        .send(`\uFEFF${csv}`);
    },
  );
};

import type { Problem } from '@mentoring/contracts';
import { constraintName, isConnectionError, sqlState } from '@mentoring/db';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './app-error.ts';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problem(
  status: number,
  code: string,
  detail: string | undefined,
  requestId: string,
  errors?: Problem['errors'],
): Problem {
  return {
    type: `about:blank#${code}`,
    title: TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error'),
    status,
    ...(detail ? { detail } : {}),
    code,
    requestId,
    ...(errors ? { errors } : {}),
  };
}

/** Database errors caused by the request's data, by SQLSTATE. */
const SQL_STATES: Record<string, { status: number; code: string; detail: string }> = {
  '23505': { status: 409, code: 'already_exists', detail: 'This conflicts with an existing record.' },
  '23P01': { status: 409, code: 'overlap', detail: 'This overlaps with an existing record.' },
  '23503': {
    status: 409,
    code: 'reference_conflict',
    detail: 'A record this refers to does not exist or is in use.',
  },
  '23514': { status: 422, code: 'constraint_violated', detail: 'The values break a rule of this record.' },
  '22P02': { status: 400, code: 'invalid_input', detail: 'A value has the wrong format.' },
  '22007': { status: 400, code: 'invalid_input', detail: 'A date or time has the wrong format.' },
  '22008': { status: 400, code: 'invalid_input', detail: 'A date or time is out of range.' },
  '22003': { status: 400, code: 'invalid_input', detail: 'A number is out of range.' },
  '22001': { status: 400, code: 'invalid_input', detail: 'A value is too long.' },
  '22021': {
    status: 400,
    code: 'invalid_input',
    detail: 'A text contains characters that cannot be stored.',
  },
  '54000': { status: 400, code: 'invalid_input', detail: 'A value is too large.' },
};

/** Maps any thrown error to the problem the client sees. Internals never reach a 5xx body. */
export function toProblem(error: unknown, requestId: string): Problem {
  if (error instanceof AppError) {
    return problem(error.status, error.code, error.message, requestId, error.fieldErrors);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((issue) => ({
      path: `${error.validationContext ?? 'body'}${issue.instancePath.replaceAll('/', '.')}`,
      message: issue.message ?? 'Invalid value',
    }));
    return problem(400, 'validation_failed', 'Some fields are missing or invalid.', requestId, errors);
  }
  if (isConnectionError(error)) {
    return problem(
      503,
      'database_unavailable',
      'The service is temporarily unavailable. Try again shortly.',
      requestId,
    );
  }
  const state = sqlState(error);
  const mapped = state ? SQL_STATES[state] : undefined;
  if (mapped) {
    const constraint = constraintName(error);
    return problem(
      mapped.status,
      mapped.code,
      mapped.detail,
      requestId,
      constraint ? [{ path: constraint, message: mapped.detail }] : undefined,
    );
  }
  const statusCode = (error as { statusCode?: unknown }).statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    // Fastify's own client errors (bad JSON, body too large, wrong content type) carry safe messages.
    const code = String((error as { code?: unknown }).code ?? 'bad_request').toLowerCase();
    return problem(statusCode, code, (error as Error).message, requestId);
  }
  return problem(500, 'internal_error', 'An unexpected error occurred. It has been logged.', requestId);
}

/**
 * The one error type services throw. The error handler turns it into problem+json; `code` is a
 * stable machine-readable name the web app translates, `detail` a human sentence in English.
 */
export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: { path: string; message: string }[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    status: number,
    code: string,
    detail: string,
    extra: { fieldErrors?: { path: string; message: string }[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = 'AppError';
    this.status = status;
    this.code = code;
    this.fieldErrors = extra.fieldErrors;
    this.headers = extra.headers;
  }

  /** Fastify and its plugins read `statusCode`. */
  get statusCode(): number {
    return this.status;
  }
}

export const unauthenticated = (detail = 'Sign in to continue.') =>
  new AppError(401, 'unauthenticated', detail);
export const forbidden = (detail = 'You do not have access to this.') =>
  new AppError(403, 'forbidden', detail);
export const notFound = (what: string) => new AppError(404, 'not_found', `${what} was not found.`);

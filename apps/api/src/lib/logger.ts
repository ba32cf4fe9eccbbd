import { type FastifyReply, type FastifyRequest, type FastifyServerOptions, LogController } from 'fastify';

/**
 * Secret links carry their token in the path (/api/invitations/<token>, /password-reset/<token>,
 * later calendar feeds). Tokens are 43-character base64url strings; no id of ours looks like one.
 */
const TOKEN_IN_PATH = /\/[A-Za-z0-9_-]{40,}(?=[/?.]|$)/g;

export function redactUrl(url: string): string {
  return url.replace(TOKEN_IN_PATH, '/[redacted]');
}

/** pino options: request ids on every line, and credentials never written. */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: redactUrl(request.url),
        remoteAddress: request.ip,
      }),
    },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.currentPassword',
        '*.newPassword',
        '*.accessToken',
        '*.refreshToken',
        '*.token',
      ],
      censor: '[redacted]',
    },
  };
}

/**
 * One log line per request, when it completes, carrying the request (method, redacted path) as
 * well as status and time. Fastify's default writes two (incoming + completed); at full load the
 * second cost about as much CPU as a simple read's query. Fastify's other lines are unchanged.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (this.isLogDisabled(request)) return;
    const line = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}

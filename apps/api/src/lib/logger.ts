import type { FastifyRequest, FastifyServerOptions } from 'fastify';

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

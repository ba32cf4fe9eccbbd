import type { FastifyServerOptions } from 'fastify';

/** pino options: request ids on every line, and credentials never written. */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
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

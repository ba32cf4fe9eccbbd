import type { Problem } from '@mentoring/contracts';

/** Field name (without the `body.` prefix) → the server's first message for it. */
export type FieldErrors = Record<string, string>;

/**
 * Every failed call rejects with this. `status` 0 means the request never got an answer (offline,
 * DNS, server down); `code` is the API's machine-readable code, which the UI translates.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: FieldErrors;
  readonly requestId: string | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    extra: { fieldErrors?: FieldErrors; requestId?: string | undefined; cause?: unknown } = {},
  ) {
    super(message, { cause: extra.cause });
    this.status = status;
    this.code = code;
    this.fieldErrors = extra.fieldErrors ?? {};
    this.requestId = extra.requestId;
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

/**
 * Where the client gets its access token. The auth feature plugs its in-memory session in here, so
 * this module knows nothing about sessions, routes or UI.
 */
export interface TokenSource {
  getAccessToken(): string | null;
  /** Exchanges the refresh cookie for a new access token; null when the session is over. */
  refresh(): Promise<string | null>;
}

const signedOut: TokenSource = { getAccessToken: () => null, refresh: async () => null };
let tokenSource: TokenSource = signedOut;

export function setTokenSource(source: TokenSource | null): void {
  tokenSource = source ?? signedOut;
}

/** Web Locks name shared by every tab of the app, so only one tab rotates the refresh cookie at a time. */
export const REFRESH_LOCK = 'mentoring-refresh';
let refreshing: Promise<string | null> | null = null;

/**
 * One refresh at a time: concurrent callers share the promise in flight. The refresh token rotates on
 * every use, so two parallel refreshes (here or in another tab) would present a spent cookie.
 */
export function refreshAccessToken(): Promise<string | null> {
  if (!refreshing) {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    const run = () => tokenSource.refresh();
    refreshing = (locks ? locks.request(REFRESH_LOCK, run) : run()).finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Sends `body` (a string) as it is, with this content type, instead of as JSON: a CSV upload. */
  contentType?: string;
  signal?: AbortSignal | undefined;
  /** Send the access token and refresh once on 401. Off for the auth routes themselves. */
  auth?: boolean;
  /** Extra request headers, e.g. an `Idempotency-Key`. */
  headers?: Record<string, string>;
  /** `text`: resolve with the body as it came (an .ics file) instead of parsed JSON. */
  responseType?: 'json' | 'text';
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const useAuth = options.auth ?? true;
  const token = useAuth ? tokenSource.getAccessToken() : null;
  let response = await send(path, options, token);
  if (response.status === 401 && useAuth) {
    // If another caller already refreshed while this request was out, retry with that token.
    const current = tokenSource.getAccessToken();
    const fresh = current && current !== token ? current : await refreshAccessToken();
    if (fresh) response = await send(path, options, fresh);
  }
  return read<T>(response, options.responseType);
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PUT', body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'DELETE' }),
};

async function send(path: string, options: RequestOptions, token: string | null): Promise<Response> {
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    ...options.headers,
  };
  if (options.body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    // Resolved against the document so the same code runs in the browser and under jsdom.
    return await fetch(new URL(path, document.baseURI), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? null : toBody(options),
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', 'The request got no response.', { cause: error });
  }
}

function toBody({ body, contentType }: RequestOptions): string {
  return contentType === undefined ? JSON.stringify(body) : String(body);
}

async function read<T>(response: Response, responseType: RequestOptions['responseType']): Promise<T> {
  const text = await response.text();
  if (response.ok && responseType === 'text') return text as T;
  const body: unknown = text ? safeJson(text) : undefined;
  if (response.ok) return body as T;
  if (isProblem(body)) {
    throw new ApiError(body.status, body.code, body.detail ?? body.title, {
      fieldErrors: toFieldErrors(body.errors),
      requestId: body.requestId,
    });
  }
  throw new ApiError(response.status, `http_${response.status}`, response.statusText || 'Request failed');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Problem).status === 'number' &&
    typeof (body as Problem).code === 'string'
  );
}

/** `body.newPassword` → `newPassword`; the first message per field wins. */
function toFieldErrors(errors: Problem['errors']): FieldErrors {
  const fields: FieldErrors = {};
  for (const { path, message } of errors ?? []) {
    const field = path.replace(/^(body|params|querystring)\.?/, '');
    if (field && !(field in fields)) fields[field] = message;
  }
  return fields;
}

/**
 * An `httpClient` for the official `meilisearch` client built on node:http(s) with one shared
 * keep-alive agent per protocol. Node's global fetch stalls ~40 ms in front of every request
 * to Meilisearch; a reused node:http socket answers in ~1 ms.
 *
 * Contract of `Config.httpClient`: it receives the URL and a RequestInit whose `headers` is a
 * Headers object and whose `body` is a JSON string (or undefined), and returns the parsed
 * response body. Because the client leaves non-2xx responses to a custom httpClient, they
 * are rejected here as {@link MeilisearchHttpError}.
 */
import http from 'node:http';
import https from 'node:https';

/**
 * Idle sockets are dropped before proxies in front of an external Meilisearch usually drop
 * them (often 60 s), so a reused socket is never one the other side already closed.
 */
const IDLE_SOCKET_TIMEOUT_MS = 30_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

const agents = {
  'http:': new http.Agent({ keepAlive: true, timeout: IDLE_SOCKET_TIMEOUT_MS }),
  'https:': new https.Agent({ keepAlive: true, timeout: IDLE_SOCKET_TIMEOUT_MS }),
};

/** The shape `Config.httpClient` of the meilisearch client expects. */
export type HttpClient = (...args: Parameters<typeof fetch>) => Promise<unknown>;

/** Meilisearch's error body: https://www.meilisearch.com/docs/reference/errors/overview */
interface MeilisearchErrorBody {
  message: string;
  code: string;
  type: string;
  link?: string;
}

export class MeilisearchHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    method: string,
    url: URL,
  ) {
    super(`${method} ${url.pathname} → ${status}${isErrorBody(body) ? `: ${body.message}` : ''}`);
    this.name = 'MeilisearchHttpError';
  }

  /** Meilisearch's error code, e.g. `invalid_api_key`, when the body carried one. */
  get code(): string | undefined {
    return isErrorBody(this.body) ? this.body.code : undefined;
  }
}

export class HttpTimeoutError extends Error {
  readonly code = 'ETIMEDOUT';

  constructor(url: URL, timeoutMs: number) {
    super(`Geen antwoord van ${url.host} binnen ${timeoutMs} ms`);
    this.name = 'HttpTimeoutError';
  }
}

export interface KeepAliveHttpClientOptions {
  /** Deadline for one whole request, response included. */
  timeoutMs?: number;
}

export function createKeepAliveHttpClient(options: KeepAliveHttpClientOptions = {}): HttpClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  return (input, init) => send(toUrl(input), init ?? {}, timeoutMs);
}

function send(url: URL, init: RequestInit, timeoutMs: number): Promise<unknown> {
  const method = (init.method ?? 'GET').toUpperCase();
  const body = requestBody(init.body);
  const headers: Record<string, string> = Object.fromEntries(new Headers(init.headers));
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  const transport = url.protocol === 'https:' ? https : http;
  const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:'];
  const signal = init.signal ?? undefined;

  return new Promise((resolve, reject) => {
    // The meilisearch client recognises its own timeouts by the abort reason, so pass it on as is.
    if (signal?.aborted) return reject(signal.reason);
    const request = transport.request(url, { method, headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', fail);
      response.on('end', () => {
        try {
          const parsed = parseBody(Buffer.concat(chunks).toString('utf8'), response.headers['content-type']);
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) finish(() => resolve(parsed));
          else fail(new MeilisearchHttpError(status, parsed, method, url));
        } catch (error) {
          fail(error);
        }
      });
    });
    const onAbort = (): void => {
      request.destroy();
      fail(signal?.reason);
    };
    const timer = setTimeout(() => {
      request.destroy();
      fail(new HttpTimeoutError(url, timeoutMs));
    }, timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    request.on('error', fail);

    function finish(settle: () => void): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    }
    function fail(error: unknown): void {
      finish(() => reject(error));
    }

    request.end(body);
  });
}

function toUrl(input: string | URL | Request): URL {
  if (input instanceof URL) return input;
  return new URL(typeof input === 'string' ? input : input.url);
}

/** The meilisearch client always serialises bodies to strings before handing them over. */
function requestBody(body: RequestInit['body']): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  throw new TypeError('keep-alive httpClient: alleen tekst-bodies worden ondersteund');
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === '') return undefined;
  return contentType?.includes('json') ? JSON.parse(text) : text;
}

function isErrorBody(body: unknown): body is MeilisearchErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as { code?: unknown }).code === 'string';
}

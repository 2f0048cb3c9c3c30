import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { TokenError, type AccessTokenSource } from './access-token'

/** Options of the `/v1` credential proxy. */
export interface AamProxyOptions {
  /** Origin of the AAM API, e.g. `https://aam.adobe.io` (no trailing slash). */
  baseUrl: string
  tokens: AccessTokenSource
  /** Sent as `x-api-key` when set. */
  clientId: string | null
  /** Sent as `x-gw-ims-org-id` when set. */
  imsOrgId: string | null
  /** Time-out of one AAM request (connect to last body byte), in milliseconds. */
  timeoutMs: number
  /** Largest request body forwarded, in bytes (default 10 MiB; bulk-create of 5,000 mappings is ~1.5 MB). */
  bodyLimit?: number
  fetchImpl?: typeof fetch
}

/**
 * Client request headers passed on to AAM; everything else (cookies, the browser's Authorization and
 * x-api-key) is dropped. `Accept` is always `application/json`, as AAM asks.
 */
const FORWARD_REQUEST_HEADERS = ['content-type', 'if-match', 'if-none-match', 'x-request-id']
/** AAM response headers passed back; `www-authenticate` is dropped because AAM echoes the token in it. */
const FORWARD_RESPONSE_HEADERS = ['content-type', 'etag', 'last-modified', 'location', 'x-request-id', 'retry-after']

/** Our error answer, the shape the client reads (`src/api/schemas/error.ts`). */
function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').type('application/json').send(JSON.stringify({ code, message }))
}

/** Replaces every occurrence of a secret in `text` with `[redacted]`. */
export function redact(text: string, secrets: string[]): string {
  let out = text
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[redacted]')
  return out
}

/**
 * An AAM error answer in the client's `{ code, message }` shape: kept as is when it already has
 * them, else `{ code: "HTTP_<status>", message }` with AAM's own words when it sent any
 * (`message`, `error_description`, `error`, or a short plain-text body).
 */
export function normalizeErrorBody(status: number, text: string): { code: string; message: string } & Record<string, unknown> {
  let json: unknown
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    const o = json as Record<string, unknown>
    if (typeof o.code === 'string' && typeof o.message === 'string') return o as { code: string; message: string }
    const words = [o.message, o.error_description, o.errorMessage, o.error, o.detail, o.title].find((w) => typeof w === 'string' && w.trim())
    if (typeof words === 'string') return { code: `HTTP_${status}`, message: `Audience Manager: ${words.trim()}` }
  } else if (text.trim() && text.length <= 300 && !/<[a-z!]/i.test(text)) {
    return { code: `HTTP_${status}`, message: `Audience Manager: ${text.trim()}` }
  }
  return { code: `HTTP_${status}`, message: `Audience Manager answered HTTP ${status}.` }
}

/**
 * Registers `/v1/*` (GET, HEAD, POST, PUT, DELETE, PATCH) on `app`: each request goes to
 * `{baseUrl}{path and query exactly as sent}` with `Authorization: Bearer <token>`, `x-api-key`,
 * JSON `Accept`/`Content-Type` and the body bytes unchanged. On a 401 from AAM the token is
 * renewed once and the request sent once more. Answers:
 * - AAM's status and body (secrets redacted; error bodies normalized by `normalizeErrorBody`);
 * - 502 `UPSTREAM_AUTH_FAILED` when no token is accepted (IMS refused, or AAM still says 401);
 * - 502 `BAD_GATEWAY` when AAM cannot be reached; 504 `GATEWAY_TIMEOUT` after `timeoutMs`;
 * - 400 `VALIDATION_FAILED` for a path that leaves `/v1/` once normalized.
 * Log lines name the failure, never a token or secret.
 */
export async function aamProxy(app: FastifyInstance, options: AamProxyOptions): Promise<void> {
  const fetchImpl = options.fetchImpl ?? fetch
  const bodyLimit = options.bodyLimit ?? 10 * 1024 * 1024

  await app.register(async (scope) => {
    // Keep the body as raw bytes, whatever its type, so it is forwarded byte for byte.
    scope.removeAllContentTypeParsers()
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_req, body, done) => done(null, body))

    scope.route({
      method: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH'],
      url: '/v1/*',
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const target = new URL(`${options.baseUrl}${request.raw.url ?? ''}`)
        if (target.origin !== new URL(options.baseUrl).origin || !target.pathname.startsWith('/v1/')) {
          return sendError(reply, 400, 'VALIDATION_FAILED', 'Only /v1/... paths are passed to Audience Manager.')
        }
        const body = Buffer.isBuffer(request.body) && request.method !== 'GET' && request.method !== 'HEAD' ? request.body : undefined
        const baseHeaders: Record<string, string> = { accept: 'application/json' }
        for (const name of FORWARD_REQUEST_HEADERS) {
          const v = request.headers[name]
          if (typeof v === 'string') baseHeaders[name] = v
        }
        if (body && !baseHeaders['content-type']) baseHeaders['content-type'] = 'application/json'
        if (options.clientId) baseHeaders['x-api-key'] = options.clientId
        if (options.imsOrgId) baseHeaders['x-gw-ims-org-id'] = options.imsOrgId

        const send = (token: string) =>
          fetchImpl(target, {
            method: request.method,
            headers: { ...baseHeaders, authorization: `Bearer ${token}` },
            body: body ? new Uint8Array(body) : undefined,
            redirect: 'manual',
            signal: AbortSignal.timeout(options.timeoutMs),
          }).then(async (res) => ({ res, bytes: Buffer.from(await res.arrayBuffer()) }))

        let answer: Awaited<ReturnType<typeof send>>
        try {
          let token = await options.tokens.get()
          answer = await send(token)
          if (answer.res.status === 401 && options.tokens.refreshable) {
            options.tokens.invalidate(token)
            token = await options.tokens.get()
            answer = await send(token)
          }
        } catch (error) {
          if (error instanceof TokenError) {
            request.log.error({ reason: error.message }, 'No AAM access token')
            return error.timeout
              ? sendError(reply, 504, 'GATEWAY_TIMEOUT', 'Adobe IMS did not answer in time. Try again in a moment.')
              : sendError(reply, 502, 'UPSTREAM_AUTH_FAILED', `The server could not sign in to Audience Manager: ${error.message}`)
          }
          const timeout = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')
          const cause = error instanceof Error && error.cause instanceof Error ? (error.cause as NodeJS.ErrnoException).code ?? error.cause.message : undefined
          request.log.error({ upstream: target.origin, reason: timeout ? 'timeout' : cause ?? String(error) }, 'AAM request failed')
          return timeout
            ? sendError(reply, 504, 'GATEWAY_TIMEOUT', `Audience Manager did not answer within ${Math.round(options.timeoutMs / 1000)} s. Try again in a moment.`)
            : sendError(reply, 502, 'BAD_GATEWAY', 'Audience Manager could not be reached. Try again in a moment.')
        }

        const { res, bytes } = answer
        if (res.status === 401) {
          request.log.error({ status: 401 }, 'Audience Manager refused the access token')
          const hint = options.tokens.refreshable ? 'check AAM_CLIENT_ID, AAM_CLIENT_SECRET, AAM_SCOPES and the product profile' : 'AAM_ACCESS_TOKEN has expired or is not valid'
          return sendError(reply, 502, 'UPSTREAM_AUTH_FAILED', `Audience Manager refused the server's credentials (${hint}).`)
        }
        if (res.status >= 500) request.log.warn({ status: res.status }, 'Audience Manager answered with a server error')
        for (const name of FORWARD_RESPONSE_HEADERS) {
          const v = res.headers.get(name)
          if (v !== null) reply.header(name, redact(v, options.tokens.secrets()))
        }
        reply.code(res.status).header('cache-control', 'no-store')
        if (res.status === 204 || res.status === 304 || request.method === 'HEAD') return reply.send()
        const secrets = options.tokens.secrets()
        if (res.status >= 400) {
          const normalized = normalizeErrorBody(res.status, bytes.toString('utf8'))
          return reply.type('application/json').send(redact(JSON.stringify(normalized), secrets))
        }
        const text = bytes.toString('utf8')
        return reply.send(secrets.some((s) => s.length >= 4 && text.includes(s)) ? Buffer.from(redact(text, secrets)) : bytes)
      },
    })
  })
}

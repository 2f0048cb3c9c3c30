import type { AuthConfig } from './config'

/** Failure to obtain an access token; `timeout` tells a slow IMS (504) from a refusal or outage (502). */
export class TokenError extends Error {
  readonly timeout: boolean
  constructor(message: string, timeout = false) {
    super(message)
    this.name = 'TokenError'
    this.timeout = timeout
  }
}

/** Where the proxy gets the bearer token it adds to AAM requests. */
export interface AccessTokenSource {
  /** True when a new token can be obtained after AAM refused one (IMS); false for a static token. */
  readonly refreshable: boolean
  /** The current token: cached while valid, else fetched (one request for concurrent callers). @throws TokenError */
  get(): Promise<string>
  /** Forgets `token` after AAM answered 401 to it, so the next `get` fetches a new one. */
  invalidate(token: string): void
  /** Every secret this source knows (token, client secret), for redaction of upstream answers. */
  secrets(): string[]
}

export interface TokenSourceOptions {
  /** Time-out of one IMS request, in milliseconds. */
  timeoutMs: number
  fetchImpl?: typeof fetch
  /** Clock in epoch milliseconds (tests move it). */
  now?: () => number
  /** Called with a log line that never contains a secret. */
  log?: (message: string) => void
}

/**
 * How long before expiry a token is replaced: a tenth of its lifetime, at most 5 minutes
 * (an IMS token of 24 h is renewed after 23 h 55 min). `lifetimeMs` and the result are milliseconds.
 */
export function refreshMarginMs(lifetimeMs: number): number {
  return Math.min(5 * 60_000, Math.floor(lifetimeMs / 10))
}

function imsError(body: unknown): string {
  if (body && typeof body === 'object') {
    const e = (body as Record<string, unknown>).error
    if (typeof e === 'string' && /^[\w.-]{1,64}$/.test(e)) return ` (${e})`
  }
  return ''
}

/**
 * OAuth server-to-server tokens from Adobe IMS (client-credentials grant): `POST tokenUrl` with the
 * form `grant_type=client_credentials&client_id&client_secret&scope`; the answer
 * `{ access_token, token_type, expires_in }` (`expires_in` in seconds; 3600 assumed when missing)
 * is cached until `refreshMarginMs` before it expires.
 */
export function imsTokenSource(auth: Extract<AuthConfig, { kind: 'ims' }>, options: TokenSourceOptions): AccessTokenSource {
  const fetchImpl = options.fetchImpl ?? fetch
  const now = options.now ?? Date.now
  const log = options.log ?? (() => {})
  let cached: { token: string; refreshAt: number } | null = null
  let inflight: Promise<string> | null = null
  const known: string[] = []

  async function fetchToken(): Promise<string> {
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: auth.clientId, client_secret: auth.clientSecret, scope: auth.scopes })
    let response: Response
    try {
      response = await fetchImpl(auth.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form.toString(),
        signal: AbortSignal.timeout(options.timeoutMs),
      })
    } catch (error) {
      const timeout = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')
      throw new TokenError(timeout ? `Adobe IMS did not answer within ${options.timeoutMs} ms.` : 'Adobe IMS could not be reached.', timeout)
    }
    let body: unknown
    try {
      body = await response.json()
    } catch {
      body = undefined
    }
    if (!response.ok) {
      throw new TokenError(`Adobe IMS refused the token request with HTTP ${response.status}${imsError(body)}. Check AAM_CLIENT_ID, AAM_CLIENT_SECRET and AAM_SCOPES.`)
    }
    const b = (body ?? {}) as Record<string, unknown>
    if (typeof b.access_token !== 'string' || !b.access_token) throw new TokenError('Adobe IMS answered without an access_token.')
    const seconds = typeof b.expires_in === 'number' && b.expires_in > 0 ? b.expires_in : Number(b.expires_in) > 0 ? Number(b.expires_in) : 3600
    const lifetime = seconds * 1000
    cached = { token: b.access_token, refreshAt: now() + lifetime - refreshMarginMs(lifetime) }
    known.push(b.access_token)
    if (known.length > 10) known.shift()
    log(`Obtained an AAM access token from Adobe IMS, valid for ${Math.round(seconds)} s.`)
    return b.access_token
  }

  return {
    refreshable: true,
    get() {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.token)
      inflight ??= fetchToken().finally(() => {
        inflight = null
      })
      return inflight
    },
    invalidate(token) {
      if (cached?.token === token) {
        cached = null
        log('Audience Manager refused the access token; getting a new one.')
      }
    },
    secrets: () => [auth.clientSecret, ...known],
  }
}

/** A fixed token from `AAM_ACCESS_TOKEN`: never refreshed, so a 401 from AAM is final. */
export function staticTokenSource(accessToken: string): AccessTokenSource {
  return {
    refreshable: false,
    get: () => Promise.resolve(accessToken),
    invalidate: () => {},
    secrets: () => [accessToken],
  }
}

/** The token source of a configuration: IMS client credentials or a static token. */
export function tokenSourceFor(auth: AuthConfig, options: TokenSourceOptions): AccessTokenSource {
  return auth.kind === 'ims' ? imsTokenSource(auth, options) : staticTokenSource(auth.accessToken)
}

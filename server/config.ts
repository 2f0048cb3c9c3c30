import { isAbsolute, resolve } from 'node:path'

/** A configuration problem found at start-up; `variable` names the environment variable to fix. */
export class ConfigError extends Error {
  readonly variable: string
  constructor(variable: string, message: string) {
    super(`Configuration error: ${variable} ${message}`)
    this.name = 'ConfigError'
    this.variable = variable
  }
}

/** AAM REST API hosts (aam-reference 6.1): Adobe Developer (OAuth) and legacy, production and beta. */
export const AAM_HOSTS = ['aam.adobe.io', 'aam-beta.adobe.io', 'api.demdex.com', 'api-beta.demdex.com'] as const
export const DEFAULT_AAM_API_BASE_URL = 'https://aam.adobe.io'
export const DEFAULT_IMS_TOKEN_URL = 'https://ims-na1.adobelogin.com/ims/token/v3'
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** How the proxy gets its AAM access token. */
export type AuthConfig =
  | { kind: 'ims'; tokenUrl: string; clientId: string; clientSecret: string; scopes: string }
  | { kind: 'static'; accessToken: string }

/** Everything the live server needs, read from the environment by `loadLiveConfig`. */
export interface LiveConfig {
  /** TCP port (0 = any free port). */
  port: number
  host: string
  /** Absolute path of the built app (`dist/`), or null to serve only the `/v1` proxy. */
  staticDir: string | null
  aam: {
    /** Origin of the AAM API without a trailing slash, e.g. `https://aam.adobe.io`. */
    baseUrl: string
    /** Sent as `x-api-key` when set (required for `*.adobe.io`). */
    clientId: string | null
    /** Sent as `x-gw-ims-org-id` when set. */
    imsOrgId: string | null
    /** Time-out of one upstream request (AAM or IMS), in milliseconds. */
    timeoutMs: number
  }
  auth: AuthConfig
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
}

type Env = Record<string, string | undefined>

function value(env: Env, name: string): string | undefined {
  const v = env[name]?.trim()
  return v ? v : undefined
}

function required(env: Env, name: string, hint: string): string {
  const v = value(env, name)
  if (!v) throw new ConfigError(name, `is not set. ${hint}`)
  return v
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = value(env, name)
  if (raw === undefined) return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}".`)
  }
  return Number(raw)
}

function parseUrl(name: string, raw: string): URL {
  try {
    return new URL(raw)
  } catch {
    throw new ConfigError(name, `is not a valid URL: "${raw}".`)
  }
}

/** A credential must be one printable token (no spaces, quotes or line breaks from a bad copy). */
function credential(name: string, v: string): string {
  if (!/^[\x21-\x7e]+$/.test(v) || /["']/.test(v)) {
    throw new ConfigError(name, 'contains spaces, quotes or other characters a credential cannot have; copy it again without them.')
  }
  return v
}

function aamBaseUrl(env: Env): string {
  const name = 'AAM_API_BASE_URL'
  const url = parseUrl(name, value(env, name) ?? DEFAULT_AAM_API_BASE_URL)
  const loopback = LOOPBACK.has(url.hostname)
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    throw new ConfigError(name, `must be the host only, like ${DEFAULT_AAM_API_BASE_URL} (the proxy adds /v1/...), got "${url.href}".`)
  }
  if (!loopback && (url.protocol !== 'https:' || !(AAM_HOSTS as readonly string[]).includes(url.hostname))) {
    throw new ConfigError(name, `must be one of ${AAM_HOSTS.map((h) => `https://${h}`).join(', ')} (or a loopback address for local testing), got "${url.origin}".`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(name, `must use https, got "${url.protocol}".`)
  return url.origin
}

function imsTokenUrl(env: Env): string {
  const name = 'AAM_IMS_TOKEN_URL'
  const url = parseUrl(name, value(env, name) ?? DEFAULT_IMS_TOKEN_URL)
  const loopback = LOOPBACK.has(url.hostname)
  if (url.username || url.password || url.hash) throw new ConfigError(name, 'must not contain credentials or a #fragment.')
  if (!loopback && (url.protocol !== 'https:' || !url.hostname.endsWith('.adobelogin.com'))) {
    throw new ConfigError(name, `must be an https://*.adobelogin.com address such as ${DEFAULT_IMS_TOKEN_URL} (or a loopback address for local testing), got "${url.origin}".`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(name, `must use https, got "${url.protocol}".`)
  return url.href
}

/**
 * Reads and checks the live server's configuration (see the README for every variable):
 * `PORT` (default 8080), `HOST` (default 127.0.0.1), `STATIC_DIR` (default `dist`; `none` = proxy only),
 * `AAM_API_BASE_URL` (default https://aam.adobe.io; the four AAM hosts, or loopback for tests),
 * `AAM_ACCESS_TOKEN` (a static token) or `AAM_CLIENT_ID` + `AAM_CLIENT_SECRET` + `AAM_SCOPES`
 * (OAuth server-to-server, from `AAM_IMS_TOKEN_URL`), `AAM_IMS_ORG_ID`, `AAM_TIMEOUT_MS`
 * (default 30000), `LOG_LEVEL` (default info).
 * @param env usually `process.env`; `cwd` resolves a relative `STATIC_DIR`.
 * @throws ConfigError naming the first variable that is missing or wrong (never its value when it is a secret)
 */
export function loadLiveConfig(env: Env, cwd: string = process.cwd()): LiveConfig {
  const port = integer(env, 'PORT', 8080, 0, 65535)
  const host = value(env, 'HOST') ?? '127.0.0.1'
  const rawStatic = value(env, 'STATIC_DIR') ?? 'dist'
  const staticDir = rawStatic === 'none' ? null : isAbsolute(rawStatic) ? rawStatic : resolve(cwd, rawStatic)
  const baseUrl = aamBaseUrl(env)
  const timeoutMs = integer(env, 'AAM_TIMEOUT_MS', 30_000, 100, 300_000)
  const logLevel = (value(env, 'LOG_LEVEL') ?? 'info') as LiveConfig['logLevel']
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of fatal, error, warn, info, debug, trace, silent, got "${logLevel}".`)
  }
  const imsOrgId = value(env, 'AAM_IMS_ORG_ID') ?? null
  if (imsOrgId && !/^[A-Za-z0-9]+@AdobeOrg$/.test(imsOrgId)) {
    throw new ConfigError('AAM_IMS_ORG_ID', `must look like 0123456789ABCDEF01234567@AdobeOrg, got "${imsOrgId}".`)
  }
  const clientIdRaw = value(env, 'AAM_CLIENT_ID')
  const clientId = clientIdRaw ? credential('AAM_CLIENT_ID', clientIdRaw) : null
  const staticToken = value(env, 'AAM_ACCESS_TOKEN')
  const adobeIo = new URL(baseUrl).hostname.endsWith('.adobe.io')

  let auth: AuthConfig
  if (staticToken) {
    auth = { kind: 'static', accessToken: credential('AAM_ACCESS_TOKEN', staticToken.replace(/^Bearer\s+/i, '')) }
    if (adobeIo && !clientId) {
      throw new ConfigError('AAM_CLIENT_ID', `is not set. ${new URL(baseUrl).hostname} needs the client ID (API key) of the Adobe Developer Console project that issued AAM_ACCESS_TOKEN; it is sent as x-api-key.`)
    }
  } else {
    const hint = 'Set AAM_CLIENT_ID, AAM_CLIENT_SECRET and AAM_SCOPES from the OAuth Server-to-Server credential of your Adobe Developer Console project (or AAM_ACCESS_TOKEN for a quick try).'
    const id = credential('AAM_CLIENT_ID', required(env, 'AAM_CLIENT_ID', hint))
    const secret = credential('AAM_CLIENT_SECRET', required(env, 'AAM_CLIENT_SECRET', hint))
    const scopes = required(env, 'AAM_SCOPES', hint).split(/[\s,]+/).filter(Boolean).join(',')
    if (!/^[A-Za-z0-9_.:,-]+$/.test(scopes)) {
      throw new ConfigError('AAM_SCOPES', `must be a comma-separated list of scope names, got "${scopes}".`)
    }
    auth = { kind: 'ims', tokenUrl: imsTokenUrl(env), clientId: id, clientSecret: secret, scopes }
  }
  return { port, host, staticDir, aam: { baseUrl, clientId, imsOrgId, timeoutMs }, auth, logLevel }
}

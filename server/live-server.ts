import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import { tokenSourceFor, type AccessTokenSource } from './access-token'
import { aamProxy } from './aam-proxy'
import { ConfigError, type LiveConfig } from './config'
import { contentSecurityPolicy, headerPolicyOfIndexHtml } from './content-security-policy'

/** Test seams of `buildLiveServer`; production uses the defaults. */
export interface LiveServerDeps {
  fetchImpl?: typeof fetch
  /** Clock in epoch milliseconds for token expiry. */
  now?: () => number
  /** Replaces the token source built from `config.auth`. */
  tokens?: AccessTokenSource
  /** Fastify logger options (default: JSON lines on stdout at `config.logLevel`). */
  logger?: FastifyServerOptions['logger']
}

/**
 * The live server: one Fastify app that serves the built app from `config.staticDir` (long cache
 * for `/assets/*`, `no-cache` for `index.html`), forwards `/v1/*` to AAM with the credentials added
 * server-side (see `aamProxy`), answers `GET /healthz` with `{ status: "ok" }` (no AAM call), and
 * falls back to `index.html` for client routes (GET/HEAD asking for HTML); any other unknown path
 * is 404 `{ code: "NOT_FOUND", message }`. Every answer carries the app's Content-Security-Policy as a
 * header: the policy the build wrote into `index.html` (so an absolute `VITE_API_BASE_URL` stays
 * allowed) plus `frame-ancestors 'none'`, or the default policy without a built page.
 * Does not listen: call `listen()`.
 * @throws ConfigError (STATIC_DIR) when `staticDir` has no `index.html` (run `npm run build` first)
 */
export async function buildLiveServer(config: LiveConfig, deps: LiveServerDeps = {}): Promise<FastifyInstance> {
  if (config.staticDir && !existsSync(join(config.staticDir, 'index.html'))) {
    throw new ConfigError('STATIC_DIR', `points to ${config.staticDir}, which has no index.html. Run "npm run build" first, or set STATIC_DIR=none to serve only the /v1 proxy.`)
  }
  const app = Fastify({
    logger: deps.logger ?? { level: config.logLevel },
    // The proxy keeps its own limit; this one only guards the few non-proxy routes.
    bodyLimit: 1024 * 1024,
    // Client request IDs are not trusted; Fastify makes its own.
    requestIdHeader: false,
  })
  const tokens = deps.tokens ?? tokenSourceFor(config.auth, {
    timeoutMs: config.aam.timeoutMs,
    fetchImpl: deps.fetchImpl,
    now: deps.now,
    log: (message) => app.log.info(message),
  })

  const builtPage = config.staticDir ? readFileSync(join(config.staticDir, 'index.html'), 'utf8') : ''
  const policy = headerPolicyOfIndexHtml(builtPage) ?? contentSecurityPolicy({ header: true })

  app.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', policy)
    reply.header('x-content-type-options', 'nosniff')
    reply.header('referrer-policy', 'same-origin')
    reply.header('x-frame-options', 'DENY')
  })

  app.get('/healthz', async () => ({ status: 'ok' }))
  await aamProxy(app, {
    baseUrl: config.aam.baseUrl,
    tokens,
    clientId: config.aam.clientId,
    imsOrgId: config.aam.imsOrgId,
    timeoutMs: config.aam.timeoutMs,
    fetchImpl: deps.fetchImpl,
  })

  const staticDir = config.staticDir
  if (staticDir) {
    await app.register(fastifyStatic, {
      root: staticDir,
      index: ['index.html'],
      cacheControl: false,
      // The worker of the in-browser demo is never registered by a production build.
      allowedPath: (pathName) => pathName !== '/mockServiceWorker.js',
      setHeaders: (res, filePath) => {
        res.setHeader('cache-control', filePath.includes(`${join(staticDir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache')
      },
    })
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]
    const wantsHtml = (request.headers.accept ?? '').includes('text/html')
    const isClientRoute = !path.startsWith('/v1/') && !path.startsWith('/assets/') && !/\.[a-z0-9]+$/i.test(path)
    if (staticDir && (request.method === 'GET' || request.method === 'HEAD') && wantsHtml && isClientRoute) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html')
    }
    return reply.code(404).type('application/json').send(JSON.stringify({ code: 'NOT_FOUND', message: `Nothing at ${request.method} ${path}.` }))
  })
  return app
}

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { LiveConfig } from './config'
import { absoluteOrigin, contentSecurityPolicy, headerPolicyOfIndexHtml } from './content-security-policy'
import { buildLiveServer } from './live-server'

const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]))

describe('contentSecurityPolicy', () => {
  it('lets the app work and nothing else: self scripts, inline styles, data: images, self workers', () => {
    expect(directives(contentSecurityPolicy())).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'connect-src': "'self'",
      'worker-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
    })
  })

  it('adds the origin of an absolute API base URL to connect-src, nothing for a path or blank', () => {
    expect(directives(contentSecurityPolicy({ apiBaseUrl: 'https://aam.example.com:8443/v1/' }))['connect-src']).toBe("'self' https://aam.example.com:8443")
    for (const apiBaseUrl of ['', '/api', null, undefined, 'javascript:alert(1)', '//evil.example']) {
      expect(directives(contentSecurityPolicy({ apiBaseUrl }))['connect-src'], String(apiBaseUrl)).toBe("'self'")
    }
    expect(absoluteOrigin(' http://localhost:8787/ ')).toBe('http://localhost:8787')
  })

  it("sends frame-ancestors 'none' only in the header (browsers ignore it in a meta tag)", () => {
    expect(contentSecurityPolicy()).not.toContain('frame-ancestors')
    expect(contentSecurityPolicy({ header: true })).toMatch(/; frame-ancestors 'none'$/)
  })

  it("reads the policy of a built index.html (Vite escapes ' as &#39;) as the header policy", () => {
    const meta = contentSecurityPolicy({ apiBaseUrl: 'https://api.example' }).replace(/'/g, '&#39;')
    const html = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${meta}"><title>x</title></head></html>`
    expect(headerPolicyOfIndexHtml(html)).toBe(contentSecurityPolicy({ apiBaseUrl: 'https://api.example', header: true }))
    expect(headerPolicyOfIndexHtml('<!doctype html><title>No policy</title>')).toBeNull()
  })
})

describe('live server', () => {
  let app: FastifyInstance | null = null
  afterEach(async () => {
    await app?.close()
    app = null
  })

  async function serve(indexHtml: string | null) {
    let staticDir: string | null = null
    if (indexHtml !== null) {
      staticDir = mkdtempSync(join(tmpdir(), 'csp-static-'))
      writeFileSync(join(staticDir, 'index.html'), indexHtml)
    }
    const config: LiveConfig = {
      port: 0, host: '127.0.0.1', staticDir, logLevel: 'silent',
      aam: { baseUrl: 'http://127.0.0.1:9', clientId: null, imsOrgId: null, timeoutMs: 1000 },
      auth: { kind: 'static', accessToken: 'unused' },
    }
    app = await buildLiveServer(config)
    return app
  }

  it('sends the built page\'s policy plus frame-ancestors as a header on the page and every other answer', async () => {
    const meta = contentSecurityPolicy({ apiBaseUrl: 'https://api.example' }).replace(/'/g, '&#39;')
    const server = await serve(`<!doctype html><head><meta http-equiv="Content-Security-Policy" content="${meta}"></head><title>App</title>`)
    const expected = contentSecurityPolicy({ apiBaseUrl: 'https://api.example', header: true })
    for (const url of ['/', '/destinations/1001', '/healthz', '/nothing.js']) {
      const answer = await server.inject({ url, headers: { accept: 'text/html' } })
      expect(answer.headers['content-security-policy'], url).toBe(expected)
    }
  })

  it('sends the default policy when the page carries none, or without a built page', async () => {
    const withPage = await serve('<!doctype html><title>Old build</title>')
    expect((await withPage.inject({ url: '/', headers: { accept: 'text/html' } })).headers['content-security-policy']).toBe(contentSecurityPolicy({ header: true }))
    await withPage.close()
    const proxyOnly = await serve(null)
    expect((await proxyOnly.inject({ url: '/healthz' })).headers['content-security-policy']).toBe(contentSecurityPolicy({ header: true }))
  })
})

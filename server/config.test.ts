import { describe, expect, it } from 'vitest'
import { ConfigError, loadLiveConfig } from './config'

const IMS = { AAM_CLIENT_ID: 'abc123', AAM_CLIENT_SECRET: 'p8e-secret-value', AAM_SCOPES: 'openid, AdobeID audiencemanager_api' }

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadLiveConfig(env, '/srv/app')
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return error as ConfigError
  }
  throw new Error('expected a configuration error')
}

describe('loadLiveConfig', () => {
  it('defaults: production AAM host, IMS v3 token URL, port 8080 on 127.0.0.1, dist/', () => {
    const config = loadLiveConfig(IMS, '/srv/app')
    expect(config).toMatchObject({
      port: 8080, host: '127.0.0.1', staticDir: '/srv/app/dist', logLevel: 'info',
      aam: { baseUrl: 'https://aam.adobe.io', clientId: 'abc123', imsOrgId: null, timeoutMs: 30_000 },
      auth: { kind: 'ims', tokenUrl: 'https://ims-na1.adobelogin.com/ims/token/v3', clientId: 'abc123', clientSecret: 'p8e-secret-value', scopes: 'openid,AdobeID,audiencemanager_api' },
    })
  })

  it('accepts the beta and legacy hosts, a static token, STATIC_DIR=none and loopback stand-ins', () => {
    for (const host of ['https://aam-beta.adobe.io', 'https://api.demdex.com/', 'https://api-beta.demdex.com']) {
      expect(loadLiveConfig({ ...IMS, AAM_API_BASE_URL: host }).aam.baseUrl).toBe(host.replace(/\/$/, ''))
    }
    expect(loadLiveConfig({ AAM_API_BASE_URL: 'https://api.demdex.com', AAM_ACCESS_TOKEN: 'Bearer tok' }).auth).toEqual({ kind: 'static', accessToken: 'tok' })
    expect(loadLiveConfig({ AAM_ACCESS_TOKEN: 'tok', AAM_CLIENT_ID: 'abc', STATIC_DIR: 'none' }).staticDir).toBeNull()
    expect(loadLiveConfig({ ...IMS, AAM_API_BASE_URL: 'http://127.0.0.1:8787', AAM_IMS_TOKEN_URL: 'http://localhost:9999/token' }).aam.baseUrl).toBe('http://127.0.0.1:8787')
    expect(loadLiveConfig({ ...IMS, AAM_IMS_ORG_ID: 'ABCDEF0123456789@AdobeOrg', AAM_TIMEOUT_MS: '5000', PORT: '0' })).toMatchObject({ port: 0, aam: { imsOrgId: 'ABCDEF0123456789@AdobeOrg', timeoutMs: 5000 } })
  })

  it.each([
    ['nothing set', {}, 'AAM_CLIENT_ID'],
    ['no secret', { AAM_CLIENT_ID: 'abc' }, 'AAM_CLIENT_SECRET'],
    ['no scopes', { AAM_CLIENT_ID: 'abc', AAM_CLIENT_SECRET: 's3cr3t-x' }, 'AAM_SCOPES'],
    ['an unknown AAM host', { ...IMS, AAM_API_BASE_URL: 'https://aam.example.com' }, 'AAM_API_BASE_URL'],
    ['plain http to AAM', { ...IMS, AAM_API_BASE_URL: 'http://aam.adobe.io' }, 'AAM_API_BASE_URL'],
    ['a path on the AAM host', { ...IMS, AAM_API_BASE_URL: 'https://aam.adobe.io/v1' }, 'AAM_API_BASE_URL'],
    ['not a URL', { ...IMS, AAM_API_BASE_URL: 'aam.adobe.io' }, 'AAM_API_BASE_URL'],
    ['a foreign token URL', { ...IMS, AAM_IMS_TOKEN_URL: 'https://login.example.com/token' }, 'AAM_IMS_TOKEN_URL'],
    ['a static token on adobe.io without the client ID', { AAM_ACCESS_TOKEN: 'tok' }, 'AAM_CLIENT_ID'],
    ['a secret with a line break', { ...IMS, AAM_CLIENT_SECRET: 'p8e-abc\ndef' }, 'AAM_CLIENT_SECRET'],
    ['a token with spaces', { AAM_ACCESS_TOKEN: 'abc def', AAM_CLIENT_ID: 'x' }, 'AAM_ACCESS_TOKEN'],
    ['odd scopes', { ...IMS, AAM_SCOPES: 'openid;drop' }, 'AAM_SCOPES'],
    ['a bad port', { ...IMS, PORT: '80a' }, 'PORT'],
    ['a bad time-out', { ...IMS, AAM_TIMEOUT_MS: '10' }, 'AAM_TIMEOUT_MS'],
    ['a bad org ID', { ...IMS, AAM_IMS_ORG_ID: 'acme' }, 'AAM_IMS_ORG_ID'],
    ['a bad log level', { ...IMS, LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('names the variable for %s', (_name, env, variable) => {
    const error = errorOf(env as Record<string, string>)
    expect(error.variable).toBe(variable)
    expect(error.message).toMatch(new RegExp(`^Configuration error: ${variable} `))
  })

  it('never repeats a secret in its message', () => {
    const secret = 'p8e-very secret'
    expect(errorOf({ ...IMS, AAM_CLIENT_SECRET: secret }).message).not.toContain('very')
    expect(errorOf({ AAM_ACCESS_TOKEN: 'tok "quoted"', AAM_CLIENT_ID: 'x' }).message).not.toContain('quoted')
  })
})

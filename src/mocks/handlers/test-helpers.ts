/**
 * Test helpers for the demo backend: raw `fetch` calls with a chosen token (the client functions in
 * `src/api` are used wherever a parsed answer is enough).
 */
export interface RawOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Sent as JSON unless it is already a string (to send malformed JSON). */
  body?: unknown
  /** Bearer token; `null` sends no Authorization header. Default `demo-marketer`. */
  token?: string | null
}

/** `fetch(path)` against the app origin; returns the Response and its parsed JSON body (or text, or null). */
export async function raw(path: string, options: RawOptions = {}): Promise<{ status: number; body: unknown; text: string }> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  const token = options.token === undefined ? 'demo-marketer' : options.token
  if (token) headers.Authorization = `Bearer ${token}`
  let body: string | undefined
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
  }
  const response = await fetch(path, { method: options.method ?? 'GET', headers, body })
  const text = await response.text()
  let parsed: unknown
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    parsed = text
  }
  return { status: response.status, body: parsed, text }
}

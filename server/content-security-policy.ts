/**
 * The Content-Security-Policy of the built app: one definition for the `<meta http-equiv>` that the
 * build puts into `index.html` (vite.config.ts) and the header the live server sends (live-server.ts).
 * - scripts from the app's origin only (no inline script, no eval);
 * - styles from the origin plus inline styles: React Spectrum sets `style` attributes;
 * - images from the origin and `data:` (the favicon is `data:,`);
 * - requests to the origin plus the API origin when `VITE_API_BASE_URL` is absolute;
 * - workers from the origin (the demo build's MSW service worker `mockServiceWorker.js`);
 * - no plugins (`object-src 'none'`), `<base>` and forms only towards the origin.
 * `frame-ancestors` works only as a header (browsers ignore it, with a console error, in a meta tag).
 */
export interface ContentSecurityPolicyOptions {
  /** `VITE_API_BASE_URL` of the build: an absolute http(s) URL adds its origin to `connect-src`; '' or a path adds nothing. */
  apiBaseUrl?: string | null
  /** Add `frame-ancestors 'none'` (header only). */
  header?: boolean
}

/** The origin of an absolute http(s) URL, or null for a relative, empty or other URL. */
export function absoluteOrigin(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url.trim())) return null
  try {
    return new URL(url.trim()).origin
  } catch {
    return null
  }
}

/** The policy as one header value: directives joined with "; ". */
export function contentSecurityPolicy({ apiBaseUrl, header = false }: ContentSecurityPolicyOptions = {}): string {
  const api = absoluteOrigin(apiBaseUrl)
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self'${api ? ` ${api}` : ''}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(header ? ["frame-ancestors 'none'"] : []),
  ]
  return directives.join('; ')
}

/**
 * The policy of a built `index.html` (its `<meta http-equiv="Content-Security-Policy">`), as the header
 * the live server sends for it: the same directives plus `frame-ancestors 'none'`. Null when the page
 * has no such meta tag.
 */
export function headerPolicyOfIndexHtml(html: string): string | null {
  // Vite writes attributes double-quoted, in the order the plugin gives them.
  const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1]
  if (!content) return null
  const directives = content.replace(/&#39;|&apos;/g, "'").split(';').map((d) => d.trim()).filter((d) => d && !/^frame-ancestors\b/i.test(d))
  return [...directives, "frame-ancestors 'none'"].join('; ')
}

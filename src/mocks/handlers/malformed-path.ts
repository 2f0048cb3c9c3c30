import { http, HttpResponse } from 'msw'
import { validationError } from './support'

/**
 * Answers 400 VALIDATION_FAILED (field `path`) for a `/v1` or `/__demo` address whose percent-escapes
 * are not UTF-8 (`/v1/destinations/%E0`). MSW decodes path parameters while it looks for a handler and
 * would otherwise fail with a 500 carrying a stack trace. Registered first; passes every other request on.
 */
export const malformedPathHandlers = [
  // A RegExp path, so MSW decodes nothing before this runs.
  http.all(/\/(?:v1|__demo)(?:\/|$)/, ({ request }) => {
    const path = new URL(request.url).pathname
    try {
      decodeURIComponent(path)
      return undefined
    } catch {
      const error = validationError([{ field: 'path', message: `The address ${path} has a malformed %-escape; encode IDs and codes as UTF-8.` }])
      return HttpResponse.json(error.body, { status: error.status })
    }
  }),
]

/**
 * Fault injection for `/v1` requests (product spec 4.4: `PUT /__demo/faults` with latency, error rate,
 * methods, offline). Not implemented yet: every request passes straight through. When it is, this is
 * the single place that delays a request, answers 500/503, or throws a network error
 * (`HttpResponse.error()`), before authentication and before any write happens.
 * @returns a Response to answer with instead of the handler, or undefined to go on.
 */
export async function applyFaults(request: Request): Promise<Response | undefined> {
  void request
  return undefined
}

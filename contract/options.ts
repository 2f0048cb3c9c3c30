/** Options of the contract suite, from the CONTRACT_* variables `scripts/test-contract.mjs` sets. */
export interface ContractOptions {
  /** Where the API is (no trailing slash); the client calls `{baseUrl}/v1/...`. */
  baseUrl: string
  /** Bearer token to send, or null when a credential proxy adds it. */
  token: string | null
  /** Write checks run only with `--allow-writes` and a destination set aside for testing. */
  allowWrites: boolean
  destinationId: number | null
  /** Segment to map in the write checks; default: the first that can be mapped. */
  segmentId: number | null
}

function id(name: string): number | null {
  const raw = process.env[name]
  if (!raw) return null
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a number, got "${raw}".`)
  return Number(raw)
}

/**
 * Reads the options. @throws Error when CONTRACT_BASE_URL is missing, or writes are allowed without
 * CONTRACT_DESTINATION_ID.
 */
export function contractOptions(): ContractOptions {
  const baseUrl = (process.env.CONTRACT_BASE_URL ?? '').replace(/\/+$/, '')
  if (!baseUrl) throw new Error('Run the contract suite with --base-url URL (npm run test:contract -- --base-url http://127.0.0.1:8787).')
  const allowWrites = process.env.CONTRACT_ALLOW_WRITES === '1'
  const destinationId = id('CONTRACT_DESTINATION_ID')
  if (allowWrites && destinationId === null) throw new Error('--allow-writes needs --destination-id N: a destination set aside for testing.')
  return { baseUrl, token: process.env.CONTRACT_TOKEN || null, allowWrites, destinationId, segmentId: id('CONTRACT_SEGMENT_ID') }
}

import type { ElementStatus } from '../api/schemas'

export type DeliveryStatus = 'Scheduled' | 'Active' | 'Expired' | 'Paused' | 'Segment deleted' | 'Blocked'

/**
 * Delivery status of one mapping (product spec 6), with a sentence that explains it.
 * `today` is a UTC day `yyyy-mm-dd`; the mapping's dates are UTC days; an empty end never expires.
 * Precedence: deleted segment, export-control block, paused segment, dates.
 */
export function deliveryStatus(
  mapping: { startDate?: string | null; endDate?: string | null; elementStatus: ElementStatus },
  today: string,
  blockedReason?: string | null,
): { status: DeliveryStatus; explanation: string } {
  if (mapping.elementStatus === 'deleted') {
    return { status: 'Segment deleted', explanation: 'The segment was deleted, so nothing is sent. Remove this mapping.' }
  }
  if (blockedReason) {
    return { status: 'Blocked', explanation: `Not sent: ${blockedReason}` }
  }
  if (mapping.elementStatus === 'inactive') {
    return { status: 'Paused', explanation: 'The segment is inactive, so Audience Manager stops sending it until it is active again.' }
  }
  if (mapping.startDate && mapping.startDate > today) {
    return { status: 'Scheduled', explanation: `Sending starts on the start date; nothing is sent before then.` }
  }
  if (mapping.endDate && mapping.endDate < today) {
    return { status: 'Expired', explanation: 'The end date has passed, so the segment is no longer sent.' }
  }
  return {
    status: 'Active',
    explanation: mapping.endDate ? 'Sent to the destination until the end date.' : 'Sent to the destination, with no end date.',
  }
}

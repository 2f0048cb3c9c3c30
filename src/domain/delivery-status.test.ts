import { describe, expect, it } from 'vitest'
import type { ElementStatus } from '../api/schemas'
import { deliveryStatus, type DeliveryStatus } from './delivery-status'

const TODAY = '2026-03-15'
const m = (startDate: string | null, endDate: string | null, elementStatus: ElementStatus = 'active') => ({ startDate, endDate, elementStatus })

describe('deliveryStatus', () => {
  it.each<[string, ReturnType<typeof m>, string | null, DeliveryStatus]>([
    ['start today is active', m('2026-03-15', null), null, 'Active'],
    ['started earlier, no end', m('2026-01-01', null), null, 'Active'],
    ['end today is still active', m('2026-01-01', '2026-03-15'), null, 'Active'],
    ['end tomorrow is active', m('2026-01-01', '2026-03-16'), null, 'Active'],
    ['end yesterday is expired', m('2026-01-01', '2026-03-14'), null, 'Expired'],
    ['start tomorrow is scheduled', m('2026-03-16', null), null, 'Scheduled'],
    ['no dates at all is active', m(null, null), null, 'Active'],
    ['inactive segment is paused', m('2026-01-01', null, 'inactive'), null, 'Paused'],
    ['deleted segment', m('2026-01-01', null, 'deleted'), null, 'Segment deleted'],
    ['deleted wins over blocked', m('2026-01-01', null, 'deleted'), 'conflict', 'Segment deleted'],
    ['blocked wins over paused', m('2026-01-01', null, 'inactive'), 'conflict', 'Blocked'],
    ['blocked wins over dates', m('2026-04-01', null), 'conflict', 'Blocked'],
    ['paused wins over expired', m('2026-01-01', '2026-02-01', 'inactive'), null, 'Paused'],
    ['crosses a year boundary', m('2025-12-31', '2026-01-01'), null, 'Expired'],
  ])('%s', (_name, mapping, blocked, expected) => {
    expect(deliveryStatus(mapping, TODAY, blocked).status).toBe(expected)
  })

  it('explains every status in words', () => {
    expect(deliveryStatus(m('2026-01-01', null), TODAY).explanation).toMatch(/no end date/)
    expect(deliveryStatus(m('2026-01-01', '2026-12-31'), TODAY).explanation).toMatch(/until the end date/)
    expect(deliveryStatus(m('2026-01-01', null), TODAY, 'the label conflicts').explanation).toBe('Not sent: the label conflicts')
    expect(deliveryStatus(m('2026-01-01', '2026-01-02'), TODAY).explanation).toMatch(/end date has passed/)
  })
})

import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { DATE_RANGE_MESSAGE, INCOMPLETE_DATE_MESSAGE, START_DATE_MISSING_MESSAGE } from './edit-mapping-form'
import { renderSection, typeDate } from './section-test-helpers'

/**
 * The Start / End Date fields of the Edit Mapping dialog save exactly what they show: a date with an
 * empty segment, or a year outside 2000-2099, is refused next to its field with nothing sent, and the
 * segments typed so far stay as they are.
 */

type Written = { method: string; body: Record<string, unknown> }
let written: Written[] = []
const record = ({ request }: { request: Request }) => {
  if (request.method === 'GET') return
  const method = request.method
  void request.clone().json().then((body: Record<string, unknown>) => written.push({ method, body }), () => written.push({ method, body: {} }))
}
beforeEach(() => {
  written = []
  server.events.on('request:start', record)
})
afterEach(() => {
  server.events.removeListener('request:start', record)
})

/** The month, day and year segments of the date field `label`. */
function segmentsOf(label: string) {
  const group = screen.getByRole('group', { name: new RegExp(`^${label}`) })
  const [month, day, year] = within(group).getAllByRole('spinbutton')
  return { month, day, year }
}
const textsOf = (label: string) => Object.values(segmentsOf(label)).map((s) => s.textContent)

/** Opens Edit Mapping for the "Automotive: Luxury Cars" mapping of destination 1002. */
async function editLuxuryCars() {
  const section = await renderSection(1002)
  const row = within(section.table).getByRole('row', { name: /Automotive: Luxury Cars/ })
  await section.user.click(within(row).getByRole('button', { name: /^Edit mapping for / }))
  const dialog = await screen.findByRole('dialog', { name: 'Edit Mapping' })
  return { ...section, dialog }
}

describe('Edit Mapping dates', () => {
  it('refuses a Start Date whose year was cleared (not year 2), keeps the segments, and saves once completed', async () => {
    const { user, dialog, table } = await editLuxuryCars()
    const [month, day] = textsOf('Start Date')
    await user.click(segmentsOf('Start Date').year)
    await user.keyboard('{Backspace}{Backspace}{Backspace}{Backspace}')
    expect(textsOf('Start Date')).toEqual([month, day, 'yyyy'])

    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText(INCOMPLETE_DATE_MESSAGE)).toBeInTheDocument()
    expect(segmentsOf('Start Date').month).toHaveAccessibleDescription(expect.stringContaining(INCOMPLETE_DATE_MESSAGE))
    expect(screen.getByRole('dialog', { name: 'Edit Mapping' })).toBeInTheDocument()
    // Nothing typed is lost: the segments still show what the user left, after the re-render.
    expect(textsOf('Start Date')).toEqual([month, day, 'yyyy'])
    expect(written).toEqual([])

    await user.click(segmentsOf('Start Date').year)
    await user.keyboard('2031')
    await waitFor(() => expect(within(dialog).queryByText(INCOMPLETE_DATE_MESSAGE)).not.toBeInTheDocument())
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit Mapping' })).not.toBeInTheDocument())
    const expected = `2031-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`
    expect(written.map((w) => w.body.startDate)).toEqual([expected])
    const row = within(table).getByRole('row', { name: /Automotive: Luxury Cars/ })
    expect(row).toHaveTextContent(`${month?.padStart(2, '0')}/${day?.padStart(2, '0')}/2031`)
  })

  it('refuses an End Date whose day was cleared (12/dd/2027 is not 2027-12-03)', async () => {
    const { user, dialog } = await editLuxuryCars()
    await typeDate(user, 'End Date', '12312027')
    await user.click(segmentsOf('End Date').day)
    await user.keyboard('{Backspace}{Backspace}')
    expect(textsOf('End Date')).toEqual(['12', 'dd', '2027'])
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText(INCOMPLETE_DATE_MESSAGE)).toBeInTheDocument()
    expect(segmentsOf('End Date').year).toHaveAccessibleDescription(expect.stringContaining(INCOMPLETE_DATE_MESSAGE))
    expect(textsOf('End Date')).toEqual(['12', 'dd', '2027'])
    expect(written).toEqual([])
  })

  it('refuses a cleared month (mm/1/1), not 0001-01-01', async () => {
    const { user, dialog } = await editLuxuryCars()
    await typeDate(user, 'Start Date', '01010001')
    await user.click(segmentsOf('Start Date').month)
    await user.keyboard('{Backspace}{Backspace}')
    expect(textsOf('Start Date')).toEqual(['mm', '1', '1'])
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText(INCOMPLETE_DATE_MESSAGE)).toBeInTheDocument()
    expect(textsOf('Start Date')).toEqual(['mm', '1', '1'])
    expect(written).toEqual([])
  })

  it('refuses a typed 00/00/0000 and a year after 2099, then saves a date in range', async () => {
    const { user, dialog } = await editLuxuryCars()
    await typeDate(user, 'Start Date', '00000000')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText(DATE_RANGE_MESSAGE)).toBeInTheDocument()
    expect(segmentsOf('Start Date').month).toHaveAccessibleDescription(expect.stringContaining(DATE_RANGE_MESSAGE))
    expect(written).toEqual([])

    await typeDate(user, 'Start Date', '12312100')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText(DATE_RANGE_MESSAGE)).toBeInTheDocument()
    expect(written).toEqual([])

    await typeDate(user, 'Start Date', '02292028')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit Mapping' })).not.toBeInTheDocument())
    expect(written.map((w) => w.body.startDate)).toEqual(['2028-02-29'])
  })

  it('takes an End Date with every segment cleared as no end date, and asks for an empty Start Date', async () => {
    const { user, dialog } = await editLuxuryCars()
    await typeDate(user, 'End Date', '12312027')
    await user.click(segmentsOf('End Date').year)
    await user.keyboard('{Backspace>12/}')
    expect(textsOf('End Date')).toEqual(['mm', 'dd', 'yyyy'])

    await user.click(segmentsOf('Start Date').year)
    await user.keyboard('{Backspace>12/}')
    expect(textsOf('Start Date')).toEqual(['mm', 'dd', 'yyyy'])
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText(START_DATE_MISSING_MESSAGE)).toBeInTheDocument()
    expect(within(dialog).queryByText(INCOMPLETE_DATE_MESSAGE)).not.toBeInTheDocument()
    expect(written).toEqual([])

    await typeDate(user, 'Start Date', '03152030')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit Mapping' })).not.toBeInTheDocument())
    expect(written.map((w) => [w.body.startDate, w.body.endDate])).toEqual([['2030-03-15', null]])
  })
})

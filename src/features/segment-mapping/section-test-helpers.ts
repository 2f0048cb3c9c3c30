import { createElement } from 'react'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { fetchDestination } from '../../api/destinations'
import { renderWithProviders } from '../../test/render'
import { SegmentMappingsSection } from './segment-mappings-section'

/**
 * Test helper: fetches destination `id` from the demo backend, renders the section and waits for
 * the mapping table to have rows (or its empty state). Returns user-event and the destination.
 */
export async function renderSection(id: number) {
  const destination = await fetchDestination(id)
  const user = userEvent.setup()
  const utils = renderWithProviders(createElement(SegmentMappingsSection, { destination }))
  const table = await screen.findByRole('grid', { name: `Segments Mapped to ${destination.name}` })
  await within(table).findAllByRole('rowheader', {}, { timeout: 5000 })
  return { ...utils, user, destination, table }
}

/** Types into the "Search and Add Segments" combobox and chooses the option named `optionName`. */
export async function addBySearch(user: ReturnType<typeof userEvent.setup>, text: string, optionName: string | RegExp) {
  const combo = screen.getByRole('combobox', { name: /Search and Add Segments/ })
  await user.type(combo, text)
  const option = await screen.findByRole('option', { name: optionName }, { timeout: 3000 })
  await user.click(option)
  return screen.findByRole('dialog', { name: 'Edit Mapping' })
}

/** Types `mm/dd/yyyy` digits into a DatePicker group named `label`. */
export async function typeDate(user: ReturnType<typeof userEvent.setup>, label: string, digits: string) {
  const group = screen.getByRole('group', { name: new RegExp(`^${label}`) })
  const [month] = within(group).getAllByRole('spinbutton')
  await user.click(month)
  await user.keyboard(digits)
}

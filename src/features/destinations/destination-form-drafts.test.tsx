import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { formDraftKey } from '../../lib/use-form-draft'
import { demoDb } from '../../mocks/db'
import { USER_IDS } from '../../mocks/seed/fixtures'
import { renderApp } from '../../test/render-app'

const EDIT_KEY = formDraftKey('destination', USER_IDS.care, 1001)
const NEW_KEY = formDraftKey('destination', USER_IDS.care, 'new')
const textbox = (name: string) => screen.getByRole('textbox', { name })

beforeEach(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('destination-editor.draft.')) localStorage.removeItem(key)
})

async function openEdit() {
  const app = await renderApp('/destinations/1001/edit', { user: 'demo-care' })
  await screen.findByRole('heading', { level: 1, name: 'Edit LiveRamp Acme Retail' })
  return app
}

/** Types a new LiveRamp Client Name, waits until the draft is stored, then unmounts (as a reload does). */
async function leaveDraft(clientName: string) {
  const { user } = await openEdit()
  await user.clear(textbox('LiveRamp Client Name'))
  await user.type(textbox('LiveRamp Client Name'), clientName)
  await waitFor(() => expect(localStorage.getItem(EDIT_KEY)).toContain(clientName))
  cleanup()
}

/** Someone else saves destination 1001: new description, later updateTime. */
function theyChangeDescription(description: string) {
  const current = demoDb().destinations.get(1001)!
  demoDb().destinations.set(1001, { ...current, description, updateTime: Date.now() })
}

describe('drafts of the configuration form', () => {
  it('offers a draft after a reload without applying it; Restore brings the input back and a save deletes it', async () => {
    await leaveDraft('acmeretail02')
    const { user, router } = await openEdit()
    const offer = screen.getByRole('heading', { name: 'Unsaved changes' }).closest('[role="alert"]') as HTMLElement
    expect(offer).toHaveTextContent('You have unsaved changes from just now.')
    expect(offer).not.toHaveTextContent('older version')
    expect(textbox('LiveRamp Client Name')).toHaveValue('acmeretail01')

    await user.click(within(offer).getByRole('button', { name: 'Restore changes' }))
    expect(textbox('LiveRamp Client Name')).toHaveValue('acmeretail02')
    expect(screen.queryByRole('heading', { name: 'Unsaved changes' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })
    expect(router.state.location.pathname).toBe('/destinations/1001')
    expect(demoDb().destinations.get(1001)!.clientName).toBe('acmeretail02')
    expect(localStorage.getItem(EDIT_KEY)).toBeNull()
  })

  it('Discard deletes the draft and keeps the saved values', async () => {
    await leaveDraft('acmeretail02')
    const { user } = await openEdit()
    await user.click(screen.getByRole('button', { name: 'Discard changes' }))
    expect(screen.queryByRole('heading', { name: 'Unsaved changes' })).not.toBeInTheDocument()
    expect(textbox('LiveRamp Client Name')).toHaveValue('acmeretail01')
    expect(localStorage.getItem(EDIT_KEY)).toBeNull()
    cleanup()
    await openEdit()
    expect(screen.queryByRole('heading', { name: 'Unsaved changes' })).not.toBeInTheDocument()
  })

  it('confirming "Leave" deletes the draft of a new destination', async () => {
    const { user, router } = await renderApp('/destinations/new', { user: 'demo-care' })
    await screen.findByRole('heading', { level: 1, name: 'Create New Destination' })
    await user.type(textbox('Name'), 'Half-typed Pixel')
    await waitFor(() => expect(localStorage.getItem(NEW_KEY)).toContain('Half-typed Pixel'))
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' })
    await user.click(within(dialog).getByRole('button', { name: 'Leave' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/destinations'))
    expect(localStorage.getItem(NEW_KEY)).toBeNull()
  })

  it('keeps drafts per user: the signed-in user gets their own draft', async () => {
    await leaveDraft('acmeretail02')
    localStorage.setItem(formDraftKey('destination', USER_IDS.marketer, 1001), localStorage.getItem(EDIT_KEY)!.replace('acmeretail02', 'notmine'))
    const { user } = await openEdit()
    await user.click(screen.getByRole('button', { name: 'Restore changes' }))
    expect(textbox('LiveRamp Client Name')).toHaveValue('acmeretail02')
  })

  it('a draft made on an older version says so, and restoring it opens the review', async () => {
    await leaveDraft('acmeretail02')
    theyChangeDescription('Changed by a colleague')
    const { user } = await openEdit()
    const offer = screen.getByRole('heading', { name: 'Unsaved changes' }).closest('[role="alert"]') as HTMLElement
    expect(offer).toHaveTextContent(/They were made to an older version of this destination \(saved .+\); it has changed since \(saved just now\)\./)
    await user.click(within(offer).getByRole('button', { name: 'Restore changes' }))

    const review = await screen.findByRole('table', { name: 'Changed since you opened it' })
    expect(screen.getByText('This destination changed after your draft')).toBeInTheDocument()
    const rows = within(review).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(1)
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('Description')
    expect(rows[0]).toHaveTextContent('Changed by a colleague')
    expect(rows[0]).toHaveTextContent('LiveRamp server-to-server delivery for Acme RetailYou did not change this.')
    await user.click(screen.getByRole('button', { name: 'Keep my changes on top of theirs' }))
    expect(textbox('Description')).toHaveValue('Changed by a colleague')
    expect(textbox('LiveRamp Client Name')).toHaveValue('acmeretail02')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })
    expect(demoDb().destinations.get(1001)).toMatchObject({ clientName: 'acmeretail02', description: 'Changed by a colleague' })
  })
})

describe('stale save review', () => {
  it('shows what they changed next to the user input; "Keep my changes on top of theirs" saves nothing until Save', async () => {
    const { user } = await openEdit()
    await user.clear(textbox('LiveRamp Client Name'))
    await user.type(textbox('LiveRamp Client Name'), 'acmeretail02')
    await user.type(textbox('Description'), ' (mine)')
    theyChangeDescription('Theirs')
    const current = demoDb().destinations.get(1001)!
    demoDb().destinations.set(1001, { ...current, dataExportLabels: ['OFFSITE_ADVERTISING', 'PII'] })
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const review = await screen.findByRole('table', { name: 'Changed since you opened it' })
    expect(screen.getByText('Someone else changed this destination')).toBeInTheDocument()
    expect(within(review).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Field', 'Their version (saved just now)', 'Your version'])
    const rows = within(review).getAllByRole('row').slice(1)
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Description', 'Data Export Labels'])
    expect(rows[0]).toHaveTextContent('Theirs')
    expect(rows[0]).toHaveTextContent('LiveRamp server-to-server delivery for Acme Retail (mine)You changed this too.')
    expect(rows[1]).toHaveTextContent(/personally identifiable information.*You did not change this\./)

    await user.click(screen.getByRole('button', { name: 'Keep my changes on top of theirs' }))
    expect(screen.queryByRole('table', { name: 'Changed since you opened it' })).not.toBeInTheDocument()
    expect(screen.getByText(/Their version is loaded with your changes on top/)).toBeInTheDocument()
    expect(textbox('Description')).toHaveValue('LiveRamp server-to-server delivery for Acme Retail (mine)')
    expect(textbox('LiveRamp Client Name')).toHaveValue('acmeretail02')
    expect(screen.getByRole('checkbox', { name: /personally identifiable information/ })).toBeChecked()
    expect(demoDb().destinations.get(1001)).toMatchObject({ clientName: 'acmeretail01', description: 'Theirs' })

    await user.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })
    expect(demoDb().destinations.get(1001)).toMatchObject({
      clientName: 'acmeretail02', description: 'LiveRamp server-to-server delivery for Acme Retail (mine)', dataExportLabels: ['OFFSITE_ADVERTISING', 'PII'],
    })
  })

  it('"Take their version" discards the user input and loads theirs; only a moved updateTime shows no rows', async () => {
    const { user } = await openEdit()
    await user.clear(textbox('LiveRamp Client Name'))
    await user.type(textbox('LiveRamp Client Name'), 'acmeretail02')
    const current = demoDb().destinations.get(1001)!
    demoDb().destinations.set(1001, { ...current, updateTime: current.updateTime! + 10 })
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText(/None of the fields in this form differ/)).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: 'Changed since you opened it' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Take their version' }))
    expect(textbox('LiveRamp Client Name')).toHaveValue('acmeretail01')
    expect(screen.getByText('Their version is loaded')).toBeInTheDocument()
    await waitFor(() => expect(localStorage.getItem(EDIT_KEY)).toBeNull())
  })
})

import { screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { demoDb } from '../../mocks/db'
import { server } from '../../mocks/node'
import { raw } from '../../mocks/handlers/test-helpers'
import { SEED_SEGMENTS } from '../../mocks/seed/fixtures'
import { findExportConflicts } from '../../domain/export-controls'
import { todayUtc } from '../../lib/dates'
import { renderApp } from '../../test/render-app'

vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
  return this.tagName === 'LI' ? 100 : 1000
})

async function pick(user: UserEvent, label: string, option: string) {
  await user.click(screen.getByRole('button', { name: new RegExp(`${label}$`) }))
  await user.click(await screen.findByRole('option', { name: option }))
}
// Each test starts without drafts left by an earlier one (the form keeps unsaved input in localStorage).
beforeEach(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('destination-editor.draft.')) localStorage.removeItem(key)
})

const textbox = (name: string) => screen.getByRole('textbox', { name })
async function openNew() {
  const app = await renderApp('/destinations/new', { user: 'demo-care' })
  await screen.findByRole('heading', { level: 1, name: 'Create New Destination' })
  return app
}

describe('destination form: LiveRamp (S2S)', () => {
  it('refuses a bad client name on the field, keeps the input, then creates and opens the details page', async () => {
    const { router, user } = await openNew()
    for (const section of ['Basic Information', 'Data Export Labels', 'Configuration', 'Segment Mappings']) {
      expect(screen.getByRole('heading', { level: 2, name: section })).toBeInTheDocument()
    }
    expect(screen.getByText('Segment mappings are available once the destination is saved.')).toBeInTheDocument()
    await pick(user, 'Category', 'Integrated Platforms')
    expect(screen.getByRole('button', { name: /Device-Based Type$/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /LiveRamp Platform$/ })).toBeInTheDocument()
    await user.type(textbox('Name'), 'LiveRamp Case 4711')
    await user.type(textbox('Description'), 'From case 4711')
    await user.type(textbox('LiveRamp Client Name'), 'acme-01!')
    expect(screen.getByRole('radio', { name: 'Auto-fill Segment ID' })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(textbox('LiveRamp Client Name')).toHaveAccessibleDescription(/Use 1 to 64 letters and digits only/))
    expect(textbox('LiveRamp Client Name')).toHaveAttribute('aria-invalid', 'true')
    expect(textbox('Name')).toHaveValue('LiveRamp Case 4711')

    await user.clear(textbox('LiveRamp Client Name'))
    await user.type(textbox('LiveRamp Client Name'), 'acme01')
    await user.click(screen.getByRole('radio', { name: 'Manual' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'LiveRamp Case 4711' })).toBeInTheDocument()
    expect(screen.getByText('Destination "LiveRamp Case 4711" was created.')).toBeInTheDocument()
    const created = [...demoDb().destinations.values()].find((d) => d.name === 'LiveRamp Case 4711')!
    expect(created).toMatchObject({ destinationType: 'S2S', partner: 'LIVERAMP', platform: 'LiveRamp', clientName: 'acme01', autoFillMapping: 'NONE' })
    expect(router.state.location.pathname).toBe(`/destinations/${created.destinationId}`)
  })

  it('edits a LiveRamp destination: the name is read-only, updateTime is sent, a stale save offers their version', async () => {
    const { user } = await renderApp('/destinations/1001/edit', { user: 'demo-care' })
    await screen.findByRole('heading', { level: 1, name: 'Edit LiveRamp Acme Retail' })
    expect(textbox('Name')).toHaveAttribute('readonly')
    expect(textbox('LiveRamp Client Name')).toHaveValue('acmeretail01')
    await user.clear(textbox('LiveRamp Client Name'))
    await user.type(textbox('LiveRamp Client Name'), 'acmeretail02')
    const current = demoDb().destinations.get(1001)!
    demoDb().destinations.set(1001, { ...current, updateTime: current.updateTime! + 10 })
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Someone else changed this destination')).toBeInTheDocument()
    expect(textbox('LiveRamp Client Name')).toHaveValue('acmeretail02')
    await user.click(screen.getByRole('button', { name: 'Take their version' }))
    await waitFor(() => expect(textbox('LiveRamp Client Name')).toHaveValue('acmeretail01'))
    await user.clear(textbox('LiveRamp Client Name'))
    await user.type(textbox('LiveRamp Client Name'), 'acmeretail02')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Destination "LiveRamp Acme Retail" was saved.')).toBeInTheDocument()
    expect(demoDb().destinations.get(1001)!.clientName).toBe('acmeretail02')
  })
})

describe('destination form: URL', () => {
  it('requires Base URL, Secure URL with %ALIAS% and Delimiter when serialized; maps server details onto fields', async () => {
    const { user } = await openNew()
    await user.type(textbox('Name'), 'New Pixel')
    expect(screen.queryByRole('textbox', { name: 'Base URL' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'Serialize' }))
    await user.type(textbox('Base URL'), 'http://px.example/seg?ids=1')
    await user.clear(textbox('Delimiter'))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(textbox('Base URL')).toHaveAccessibleDescription(/%ALIAS%/))
    expect(textbox('Secure URL')).toHaveAccessibleDescription(/required when Serialize is on/)
    expect(textbox('Delimiter')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('radiogroup', { name: 'Auto-fill Destination Mapping' })).toBeInTheDocument()

    await user.clear(textbox('Base URL'))
    await user.type(textbox('Base URL'), 'http://px.example/seg?ids=%ALIAS%')
    await user.type(textbox('Secure URL'), 'https://px.example/seg?ids=%ALIAS%')
    await user.type(textbox('Delimiter'), ';')
    server.use(http.post('*/v1/destinations/', () =>
      HttpResponse.json({ code: 'VALIDATION_FAILED', message: 'Invalid request.', details: [{ field: 'name', message: 'Name taken.' }, { field: 'ttl', message: 'Bad.' }] }, { status: 400 })))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(textbox('Name')).toHaveAccessibleDescription(/Name taken/))
    expect(screen.getByText('ttl: Bad.')).toBeInTheDocument()
    expect(screen.getByText('Could not save the destination')).toBeInTheDocument()
    expect(textbox('Secure URL')).toHaveValue('https://px.example/seg?ids=%ALIAS%')
  })

  it('asks before leaving with unsaved changes', async () => {
    const { router, user } = await openNew()
    await user.type(textbox('Name'), 'Draft')
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' })
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog', { name: 'Leave without saving?' })).not.toBeInTheDocument())
    expect(router.state.location.pathname).toBe('/destinations/new')
    expect(textbox('Name')).toHaveValue('Draft')
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    const again = (await screen.findAllByRole('alertdialog', { name: 'Leave without saving?' })).at(-1)!
    await user.click(within(again).getByRole('button', { name: 'Leave' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/destinations'))
  })
})

describe('destination form: cookie', () => {
  it('is Browser only, validates key and cookie domain, and saves the three Publish Data To options', async () => {
    const { user } = await openNew()
    await pick(user, 'Type', 'Cookie')
    expect(textbox('Platform')).toHaveValue('Browser')
    expect(textbox('Platform')).toHaveAttribute('readonly')
    await user.type(textbox('Name'), 'Sports Cookie')
    await user.type(textbox('Cookie Name'), 'aam_sports')
    await user.type(textbox('Cookie Domain'), '*.sports.com')
    await user.click(screen.getByRole('checkbox', { name: 'This destination may be used for on-site ad targeting' }))
    const publish = screen.getByRole('radiogroup', { name: 'Publish Data To' })
    expect(within(publish).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual([
      'All of our domains', 'Only the selected domains', 'All of our domains except the selected domains',
    ])
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(textbox('Cookie Domain')).toHaveAccessibleDescription(/Wildcards are not allowed/))
    expect(textbox('Key')).toHaveAccessibleDescription(/Enter the Key/)
    await user.clear(textbox('Cookie Domain'))
    await user.type(textbox('Cookie Domain'), '.sports.com')
    await user.type(textbox('Key'), 'seg')
    expect(screen.queryByRole('textbox', { name: 'Site IDs' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Only the selected domains' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(textbox('Site IDs')).toHaveAccessibleDescription(/Enter the site IDs of the domains: "Only the selected domains"/))
    await user.type(textbox('Site IDs'), '77, 0, abc')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(textbox('Site IDs')).toHaveAccessibleDescription(/positive whole numbers; "0", "abc" are not/))
    await user.clear(textbox('Site IDs'))
    await user.type(textbox('Site IDs'), '77, 78')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Sports Cookie' })).toBeInTheDocument()
    const created = [...demoDb().destinations.values()].find((d) => d.name === 'Sports Cookie')!
    expect(created).toMatchObject({
      destinationType: 'ADS', platform: 'BROWSER', cookieName: 'aam_sports', formatType: 'single_key', singleKey: 'seg',
      cnameDomain: '.sports.com', domainRestrictions: 'inclusion', siteIDs: [77, 78], dataExportLabels: ['ONSITE_ADVERTISING'],
    })
  })
})

describe('changing the auto-fill preference', () => {
  it('keeps mapping values, flags them, and re-applies auto-fill only after a preview', async () => {
    const { user } = await renderApp('/destinations/1002/edit', { user: 'demo-care' })
    await screen.findByRole('heading', { level: 1, name: 'Edit LiveRamp Friendly Names' })
    expect(screen.getByRole('radio', { name: 'Manual' })).toBeChecked()
    await user.click(screen.getByRole('radio', { name: 'Auto-fill Segment ID' }))
    expect(screen.getByText(/Existing mappings keep their values/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByRole('heading', { level: 1, name: 'LiveRamp Friendly Names' })
    const before = demoDb().mappingsOf(1002).map((m) => m.traitAlias)
    expect(before.every((v) => !/^\d+$/.test(v ?? ''))).toBe(true)
    expect(await screen.findByText(/4 segment mappings have values that differ from Auto-fill \(Segment ID\)/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Re-apply auto-fill' }))
    const dialog = await screen.findByRole('dialog', { name: 'Re-apply auto-fill' })
    expect(within(within(dialog).getByRole('list', { name: 'Mappings that will change' })).getAllByRole('listitem')).toHaveLength(4)
    expect(demoDb().mappingsOf(1002).map((m) => m.traitAlias)).toEqual(before)
    await user.click(within(dialog).getByRole('button', { name: 'Re-apply to 4 mappings' }))
    // (Its toast may queue behind earlier ones: Spectrum shows one toast at a time.)
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Re-apply auto-fill' })).not.toBeInTheDocument())
    expect(demoDb().mappingsOf(1002).map((m) => m.traitAlias)).toEqual(demoDb().mappingsOf(1002).map((m) => String(m.sid)))
    await waitFor(() => expect(screen.queryByText(/have values that differ/)).not.toBeInTheDocument())
  })
})

describe('Re-apply auto-fill on a large destination', () => {
  it('reads all the mappings only when the user asks for the preview', async () => {
    // 1001 auto-fills Segment ID; give it more mappings than the section counts up front.
    const db = demoDb()
    const mapped = new Set(db.mappingsOf(1001).map((m) => m.sid))
    const labels = db.destinations.get(1001)!.dataExportLabels
    const sids = [...db.segments.values()]
      .filter((s) => !mapped.has(s.sid) && findExportConflicts(s, labels, db.dataSources).length === 0)
      .map((s) => s.sid)
      .slice(0, 1000)
    expect(sids).toHaveLength(1000)
    const created = await raw('/v1/destinations/1001/bulk-create', {
      method: 'POST', token: 'demo-care', body: sids.map((sid) => ({ sid, startDate: todayUtc(), traitAlias: String(sid) })),
    })
    expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201)
    const fullLists: string[] = []
    const listener = ({ request }: { request: Request }) => {
      const url = new URL(request.url)
      if (/\/v1\/destinations\/1001\/mappings\/?$/.test(url.pathname) && !url.searchParams.has('page')) fullLists.push(url.href)
    }
    server.events.on('request:start', listener)
    try {
      const { user } = await renderApp('/destinations/1001', { user: 'demo-care' })
      await screen.findByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' }, { timeout: 10_000 })
      expect(await screen.findByText(/Mappings made before Auto-fill \(Segment ID\) keep their values/, undefined, { timeout: 10_000 })).toBeInTheDocument()
      expect(fullLists).toEqual([])
      await user.click(screen.getByRole('button', { name: 'Re-apply auto-fill' }))
      const dialog = await screen.findByRole('dialog', { name: 'Re-apply auto-fill' }, { timeout: 15_000 })
      expect(fullLists).toHaveLength(1)
      expect(within(dialog).getByText(/Nothing to change/)).toBeInTheDocument()
    } finally {
      server.events.removeListener('request:start', listener)
    }
  })
})

describe('Data Export Labels on edit', () => {
  it('shows the refusal on the labels when a new label blocks mapped segments, keeping the choice', async () => {
    const blocked = SEED_SEGMENTS.BLOCKED_FOR_1001
    const mapped = await raw('/v1/destinations/1010/bulk-create', {
      method: 'POST', token: 'demo-care', body: [{ sid: blocked.sid, startDate: todayUtc(), url: 'http://x.example/a', secureUrl: 'https://x.example/a' }],
    })
    expect(mapped.status).toBe(201)
    const { user } = await renderApp('/destinations/1010/edit', { user: 'demo-care' })
    await screen.findByRole('heading', { level: 1, name: 'Edit Empty Test Destination' })
    const label = screen.getByRole('checkbox', { name: 'This destination may be used for off-site ad targeting' })
    await user.click(label)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const group = screen.getByRole('group', { name: 'Settings for this destination' })
    await waitFor(() => expect(group).toHaveAccessibleDescription(new RegExp(`${blocked.sid}`)))
    expect(screen.getByText('Could not save the destination')).toBeInTheDocument()
    expect(label).toBeChecked()
    expect(demoDb().destinations.get(1010)!.dataExportLabels).toEqual([])
  })
})

import { ActionButton, Item, Menu, MenuTrigger, Section, Text } from '@adobe/react-spectrum'
import User from '@spectrum-icons/workflow/User'
import { useState, type JSX, type Key } from 'react'
import { describeFaults, hasFaults } from '../../api/demo'
import { DEMO_MODE } from '../../lib/env'
import { networkConditionsDialog, openDemoDialog, preloadDemoDialogs, resetDemoDataDialog } from './demo-dialogs'
import { DEMO_USERS, storedDemoToken, type DemoToken } from './demo-users'
import { useCurrentUser } from './use-current-user'
import { useDemoSession, useNetworkConditions } from './use-demo-session'
import { userDisplayName, userRole } from './user-role'

const IDENTITY_KEY = 'identity'
const RESET_KEY = 'reset-demo-data'
const NETWORK_KEY = 'network-conditions'

/**
 * The current-user menu of the header bar. Its button is named "Signed in as {name} ({role})";
 * the menu shows who is signed in and, in demo mode, switches between the demo users ("Marketer",
 * "Customer Care", "Viewer"), opens "Network conditions" (simulated latency, errors, offline) and
 * offers "Reset demo data", which asks first and lets the user pick the scenario (Typical, Large,
 * Empty). Both dialogs are fetched on demand (`demo-dialogs.ts`), starting when the menu opens. A
 * production build (`DEMO_MODE` false) keeps none of the demo part.
 */
export function CurrentUserMenu() {
  return DEMO_MODE ? <DemoCurrentUserMenu /> : <UserMenu />
}

interface DemoMenuProps {
  /** The demo sections of the menu (Spectrum `Section` elements). */
  sections: JSX.Element[]
  onAction: (key: Key) => void
  /** Called when the menu opens. */
  onOpen: () => void
}

/** The demo's menu: the demo sections ("Switch demo user", "Demo backend"), their actions, and the dialogs they open. */
function DemoCurrentUserMenu() {
  const { switchUser, resetData } = useDemoSession()
  const { faults } = useNetworkConditions()
  const [dialog, setDialog] = useState<'reset' | 'network' | null>(null)
  const current = storedDemoToken()
  const faultText = faults && hasFaults(faults) ? `On: ${describeFaults(faults)}` : 'Simulate latency, failures or offline'

  function onAction(key: Key) {
    if (key === RESET_KEY) openDemoDialog(resetDemoDataDialog, 'Reset demo data', () => setDialog('reset'))
    else if (key === NETWORK_KEY) openDemoDialog(networkConditionsDialog, 'Network conditions', () => setDialog('network'))
    else if (DEMO_USERS.some((u) => u.token === key)) void switchUser(key as DemoToken)
  }

  const sections = [
    <Section key="switch-user" title="Switch demo user">
      {DEMO_USERS.map((demoUser) => (
        <Item key={demoUser.token} textValue={demoUser.label}>
          <Text>{demoUser.label}</Text>
          <Text slot="description">{demoUser.token === current ? `${demoUser.description} (current)` : demoUser.description}</Text>
        </Item>
      ))}
    </Section>,
    <Section key="demo-backend" title="Demo backend">
      <Item key={NETWORK_KEY} textValue="Network conditions">
        <Text>Network conditions</Text>
        <Text slot="description">{faultText}</Text>
      </Item>
      <Item key={RESET_KEY} textValue="Reset demo data">
        <Text>Reset demo data</Text>
        <Text slot="description">Restore a seed workspace</Text>
      </Item>
    </Section>,
  ]
  const reset = resetDemoDataDialog.loaded()
  const network = networkConditionsDialog.loaded()
  // Spectrum's DialogContainer comes with the dialogs' modules; a dialog opens only once its module arrived.
  const Container = (reset ?? network)?.DialogContainer
  return (
    <>
      <UserMenu demo={{ sections, onAction, onOpen: preloadDemoDialogs }} />
      {Container ? (
        <Container onDismiss={() => setDialog(null)}>
          {dialog === 'reset' && reset ? (
            <reset.ResetDemoDataDialog onReset={(scenario) => void resetData(scenario)} />
          ) : dialog === 'network' && network ? (
            <network.NetworkConditionsDialog onClose={() => setDialog(null)} />
          ) : null}
        </Container>
      ) : null}
    </>
  )
}

/** The menu itself: who is signed in and, given `demo`, the demo sections after it. */
function UserMenu({ demo }: { demo?: DemoMenuProps }) {
  const { data: user, isPending, isError } = useCurrentUser()

  // The trigger stays mounted while the user reloads (after a switch), so focus is not lost.
  const name = user ? userDisplayName(user) : isPending ? 'loading…' : 'unknown user'
  const role = user ? userRole(user) : isError ? 'session not valid' : ''
  const label = `Signed in as ${name}${role ? ` (${role})` : ''}`

  return (
    <MenuTrigger onOpenChange={(isOpen) => {
      if (isOpen) demo?.onOpen()
    }}>
      <ActionButton isQuiet aria-label={label}>
        <User />
        <Text>{name}</Text>
      </ActionButton>
      <Menu aria-label="Current user" onAction={demo?.onAction} disabledKeys={[IDENTITY_KEY]}>
        {[
          <Section key="signed-in" title="Signed in">
            <Item key={IDENTITY_KEY} textValue={name}>
              <Text>{name}</Text>
              <Text slot="description">{[role, user?.email].filter(Boolean).join(' · ')}</Text>
            </Item>
          </Section>,
          ...(demo?.sections ?? []),
        ]}
      </Menu>
    </MenuTrigger>
  )
}

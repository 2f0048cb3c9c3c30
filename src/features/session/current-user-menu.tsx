import { ActionButton, AlertDialog, DialogContainer, Item, Menu, MenuTrigger, Radio, RadioGroup, Section, Text } from '@adobe/react-spectrum'
import User from '@spectrum-icons/workflow/User'
import { useState, type Key } from 'react'
import { DEMO_SCENARIO_TEXT, describeFaults, hasFaults, type DemoScenario } from '../../api/demo'
import { DEMO_MODE } from '../../lib/env'
import { DEMO_USERS, storedDemoToken, type DemoToken } from './demo-users'
import { NetworkConditionsDialog } from './network-conditions-dialog'
import { useCurrentUser } from './use-current-user'
import { useDemoSession, useNetworkConditions } from './use-demo-session'
import { userDisplayName, userRole } from './user-role'

const IDENTITY_KEY = 'identity'
const RESET_KEY = 'reset-demo-data'
const NETWORK_KEY = 'network-conditions'
const SCENARIOS = Object.keys(DEMO_SCENARIO_TEXT) as DemoScenario[]

/**
 * The current-user menu of the header bar. Its button is named "Signed in as {name} ({role})";
 * the menu shows who is signed in and, in demo mode, switches between the demo users ("Marketer",
 * "Customer Care", "Viewer"), opens "Network conditions" (simulated latency, errors, offline) and
 * offers "Reset demo data", which asks first and lets the user pick the scenario (Typical, Large,
 * Empty).
 */
export function CurrentUserMenu() {
  const { data: user, isPending, isError } = useCurrentUser()
  const { switchUser, resetData } = useDemoSession()
  const { faults } = useNetworkConditions()
  const [dialog, setDialog] = useState<'reset' | 'network' | null>(null)
  const [scenario, setScenario] = useState<DemoScenario>('typical')

  // The trigger stays mounted while the user reloads (after a switch), so focus is not lost.
  const name = user ? userDisplayName(user) : isPending ? 'loading…' : 'unknown user'
  const role = user ? userRole(user) : isError ? 'session not valid' : ''
  const label = `Signed in as ${name}${role ? ` (${role})` : ''}`
  const current = DEMO_MODE ? storedDemoToken() : null
  const faultText = faults && hasFaults(faults) ? `On: ${describeFaults(faults)}` : 'Simulate latency, failures or offline'

  function onAction(key: Key) {
    if (key === RESET_KEY) {
      setScenario('typical')
      setDialog('reset')
    } else if (key === NETWORK_KEY) setDialog('network')
    else if (DEMO_USERS.some((u) => u.token === key)) void switchUser(key as DemoToken)
  }

  return (
    <>
    <MenuTrigger>
      <ActionButton isQuiet aria-label={label}>
        <User />
        <Text>{name}</Text>
      </ActionButton>
      <Menu aria-label="Current user" onAction={onAction} disabledKeys={[IDENTITY_KEY]}>
        <Section title="Signed in">
          <Item key={IDENTITY_KEY} textValue={name}>
            <Text>{name}</Text>
            <Text slot="description">{[role, user?.email].filter(Boolean).join(' · ')}</Text>
          </Item>
        </Section>
        {DEMO_MODE ? (
          <Section title="Switch demo user">
            {DEMO_USERS.map((demoUser) => (
              <Item key={demoUser.token} textValue={demoUser.label}>
                <Text>{demoUser.label}</Text>
                <Text slot="description">{demoUser.token === current ? `${demoUser.description} (current)` : demoUser.description}</Text>
              </Item>
            ))}
          </Section>
        ) : null}
        {DEMO_MODE ? (
          <Section title="Demo backend">
            <Item key={NETWORK_KEY} textValue="Network conditions">
              <Text>Network conditions</Text>
              <Text slot="description">{faultText}</Text>
            </Item>
            <Item key={RESET_KEY} textValue="Reset demo data">
              <Text>Reset demo data</Text>
              <Text slot="description">Restore a seed workspace</Text>
            </Item>
          </Section>
        ) : null}
      </Menu>
    </MenuTrigger>
    <DialogContainer onDismiss={() => setDialog(null)}>
      {dialog === 'reset' ? (
        <AlertDialog title="Reset demo data" variant="destructive" primaryActionLabel="Reset" cancelLabel="Cancel"
          onPrimaryAction={() => void resetData(scenario)}>
          <Text>
            Every change made in this demo (mappings added, edited or removed, destinations created, edited or deleted) is
            replaced by the scenario you pick. This cannot be undone.
          </Text>
          <RadioGroup label="Scenario" value={scenario} onChange={(value) => setScenario(value as DemoScenario)} marginTop="size-200">
            {SCENARIOS.map((s) => (
              <Radio key={s} value={s}>{`${DEMO_SCENARIO_TEXT[s].label}: ${DEMO_SCENARIO_TEXT[s].description}`}</Radio>
            ))}
          </RadioGroup>
        </AlertDialog>
      ) : dialog === 'network' ? (
        <NetworkConditionsDialog onClose={() => setDialog(null)} />
      ) : null}
    </DialogContainer>
    </>
  )
}

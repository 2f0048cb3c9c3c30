import { ActionButton, AlertDialog, DialogContainer, Item, Menu, MenuTrigger, Section, Text } from '@adobe/react-spectrum'
import User from '@spectrum-icons/workflow/User'
import { useState, type Key } from 'react'
import { DEMO_MODE } from '../../lib/env'
import { DEMO_USERS, storedDemoToken, type DemoToken } from './demo-users'
import { useCurrentUser } from './use-current-user'
import { useDemoSession } from './use-demo-session'
import { userDisplayName, userRole } from './user-role'

const IDENTITY_KEY = 'identity'
const RESET_KEY = 'reset-demo-data'

/**
 * The current-user menu of the header bar. Its button is named "Signed in as {name} ({role})";
 * the menu shows who is signed in and, in demo mode, switches between the demo users ("Marketer",
 * "Customer Care", "Viewer") and offers "Reset demo data".
 */
export function CurrentUserMenu() {
  const { data: user, isPending, isError } = useCurrentUser()
  const { switchUser, resetData } = useDemoSession()
  const [confirmReset, setConfirmReset] = useState(false)

  // The trigger stays mounted while the user reloads (after a switch), so focus is not lost.
  const name = user ? userDisplayName(user) : isPending ? 'loading…' : 'unknown user'
  const role = user ? userRole(user) : isError ? 'session not valid' : ''
  const label = `Signed in as ${name}${role ? ` (${role})` : ''}`
  const current = DEMO_MODE ? storedDemoToken() : null

  function onAction(key: Key) {
    if (key === RESET_KEY) setConfirmReset(true)
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
          <Section title="Demo data">
            <Item key={RESET_KEY} textValue="Reset demo data">
              <Text>Reset demo data</Text>
              <Text slot="description">Restore the seed workspace</Text>
            </Item>
          </Section>
        ) : null}
      </Menu>
    </MenuTrigger>
    <DialogContainer onDismiss={() => setConfirmReset(false)}>
      {confirmReset ? (
        <AlertDialog title="Reset demo data" variant="destructive" primaryActionLabel="Reset" cancelLabel="Cancel"
          onPrimaryAction={() => void resetData()}>
          Every change made in this demo (mappings added, edited or removed, destinations deleted) is replaced by the
          original demo workspace. This cannot be undone.
        </AlertDialog>
      ) : null}
    </DialogContainer>
    </>
  )
}

import { ActionButton, Text } from '@adobe/react-spectrum'
import Alert from '@spectrum-icons/workflow/Alert'
import { useEffect, useState } from 'react'
import { describeFaults, hasFaults } from '../../api/demo'
import { networkConditionsDialog, openDemoDialog } from './demo-dialogs'
import { useNetworkConditions } from './use-demo-session'

/**
 * The header badge of the demo while any fault is on (product spec 4.4), e.g. "Network conditions:
 * 200 ms latency, 30% of requests fail (POST/PUT/DELETE only)"; pressing it opens the "Network
 * conditions" dialog (fetched on demand, starting when the badge shows). Renders nothing without
 * faults. Demo mode only.
 */
export function NetworkConditionsBadge() {
  const { faults } = useNetworkConditions()
  const [open, setOpen] = useState(false)
  const on = faults !== undefined && hasFaults(faults)
  useEffect(() => {
    if (on) networkConditionsDialog.load().catch(() => undefined)
  }, [on])
  const network = networkConditionsDialog.loaded()
  return (
    <>
      {on ? (
        <ActionButton onPress={() => openDemoDialog(networkConditionsDialog, 'Network conditions', () => setOpen(true))} UNSAFE_style={{ borderColor: 'var(--spectrum-semantic-notice-color-border, #da7b11)' }}>
          <Alert color="notice" />
          <Text>{`Network conditions: ${describeFaults(faults)}`}</Text>
        </ActionButton>
      ) : null}
      {network ? (
        <network.DialogContainer onDismiss={() => setOpen(false)}>
          {open ? <network.NetworkConditionsDialog onClose={() => setOpen(false)} /> : null}
        </network.DialogContainer>
      ) : null}
    </>
  )
}

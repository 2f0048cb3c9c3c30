import {
  Button,
  ButtonGroup,
  Checkbox,
  CheckboxGroup,
  Content,
  Dialog,
  Divider,
  Form,
  Heading,
  InlineAlert,
  NumberField,
  Switch,
  Text,
  ToastQueue,
} from '@adobe/react-spectrum'
import { useState, type FormEvent } from 'react'
import { describeFaults, FAULT_METHODS, hasFaults, MAX_FAULT_LATENCY_MS, NO_FAULTS, type DemoFaults, type FaultMethod } from '../../api/demo'
import { isApiError } from '../../api/api-error'
import { describeError } from '../../components/error-message'
import { useNetworkConditions } from './use-demo-session'

// The DialogContainer to render this dialog in: taken from this module (fetched on demand), so
// Spectrum's DialogContainer and Modal, and their CSS, stay out of the first screen's chunk.
export { DialogContainer } from '@adobe/react-spectrum'

interface Draft {
  latencyMs: number
  /** Percent, 0-100 (the API takes 0-1). */
  errorPercent: number
  methods: FaultMethod[]
  offline: boolean
}

function toDraft(faults: DemoFaults): Draft {
  return { latencyMs: faults.latencyMs, errorPercent: Math.round(faults.errorRate * 1000) / 10, methods: [...faults.methods], offline: faults.offline }
}

/** An empty NumberField (NaN) counts as 0. */
function numberOrZero(value: number): number {
  return Number.isFinite(value) ? value : 0
}

/**
 * The demo's "Network conditions" dialog (product spec 4.4), for `PUT` / `DELETE /__demo/faults`:
 * "Latency (ms)" 0-10,000, "Error rate (%)" 0-100 (each failing request answers 500 or 503),
 * "Methods" (at least one of GET, POST, PUT, DELETE), and "Offline". "Apply" stores them, "Clear
 * faults" removes them, "Cancel" changes nothing. A failure shows next to the buttons and keeps
 * every value typed. Starts from the settings in force. Render inside a DialogContainer.
 */
export function NetworkConditionsDialog({ onClose }: { onClose: () => void }) {
  const { faults, apply, clear } = useNetworkConditions()
  const [draft, setDraft] = useState<Draft>(() => toDraft(faults ?? NO_FAULTS))
  const [submitted, setSubmitted] = useState(false)
  const noMethod = draft.methods.length === 0
  const failure = apply.error ?? clear.error

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    setSubmitted(true)
    if (noMethod) return
    clear.reset()
    apply.mutate(
      { latencyMs: Math.round(numberOrZero(draft.latencyMs)), errorRate: numberOrZero(draft.errorPercent) / 100, methods: draft.methods, offline: draft.offline },
      {
        onSuccess: (stored) => {
          ToastQueue.info(hasFaults(stored) ? `Network conditions: ${describeFaults(stored)}.` : 'Network conditions: no faults.', { timeout: 5000 })
          onClose()
        },
      },
    )
  }

  function onClear() {
    apply.reset()
    clear.mutate(undefined, {
      onSuccess: () => {
        ToastQueue.positive('Network conditions cleared: requests behave normally again.', { timeout: 5000 })
        onClose()
      },
    })
  }

  return (
    <Dialog size="M">
      <Heading>Network conditions</Heading>
      <Divider />
      <Content>
        <Form id="network-conditions" aria-label="Network conditions" onSubmit={onSubmit} validationBehavior="aria">
          <Text>
            The demo backend slows down or fails matching requests until you clear this. A failed save changes nothing. Settings
            stay after a reload.
          </Text>
          <NumberField label="Latency (ms)" minValue={0} maxValue={MAX_FAULT_LATENCY_MS} value={draft.latencyMs}
            description="Wait before each matching request is answered (0 to 10,000 ms)."
            onChange={(latencyMs) => setDraft((d) => ({ ...d, latencyMs }))} />
          <NumberField label="Error rate (%)" minValue={0} maxValue={100} value={draft.errorPercent}
            description="Share of matching requests that fail with HTTP 500 or 503."
            onChange={(errorPercent) => setDraft((d) => ({ ...d, errorPercent }))} />
          <CheckboxGroup label="Methods" orientation="horizontal" value={draft.methods}
            description="GET reads; POST, PUT and DELETE save."
            isInvalid={submitted && noMethod} errorMessage="Choose at least one method."
            onChange={(methods) => setDraft((d) => ({ ...d, methods: FAULT_METHODS.filter((m) => methods.includes(m)) }))}>
            {FAULT_METHODS.map((m) => <Checkbox key={m} value={m}>{m}</Checkbox>)}
          </CheckboxGroup>
          <Switch isSelected={draft.offline} onChange={(offline) => setDraft((d) => ({ ...d, offline }))}>
            Offline: matching requests fail as network errors
          </Switch>
        </Form>
        {failure ? (
          <InlineAlert variant="negative" marginTop="size-200">
            <Heading level={3}>{apply.error ? 'Could not apply the network conditions' : 'Could not clear the network conditions'}</Heading>
            <Content>
              {describeError(failure).message} Your settings are kept.
              {isApiError(failure) && failure.details.length > 0 ? (
                <ul>
                  {failure.details.map((d) => <li key={d.field}>{d.message}</li>)}
                </ul>
              ) : null}
            </Content>
          </InlineAlert>
        ) : null}
      </Content>
      <ButtonGroup>
        <Button variant="secondary" onPress={onClose}>Cancel</Button>
        <Button variant="negative" onPress={onClear} isPending={clear.isPending} isDisabled={apply.isPending}>Clear faults</Button>
        <Button variant="accent" type="submit" form="network-conditions" isPending={apply.isPending} isDisabled={clear.isPending}>Apply</Button>
      </ButtonGroup>
    </Dialog>
  )
}

import { AlertDialog, Radio, RadioGroup, Text } from '@adobe/react-spectrum'
import { useState } from 'react'
import { DEMO_SCENARIO_TEXT, type DemoScenario } from '../../api/demo'

// The DialogContainer to render this dialog in: taken from this module (fetched on demand), so
// Spectrum's DialogContainer and Modal, and their CSS, stay out of the first screen's chunk.
export { DialogContainer } from '@adobe/react-spectrum'

const SCENARIOS = Object.keys(DEMO_SCENARIO_TEXT) as DemoScenario[]

/**
 * The demo's "Reset demo data" confirmation (product spec 4.3): says that every change is replaced
 * and cannot be undone, lets the user pick the scenario (Typical, the default; Large; Empty), and
 * calls `onReset(scenario)` on "Reset" ("Cancel" changes nothing). Render inside a DialogContainer,
 * which closes it either way. Loaded on demand by the current-user menu (demo mode only).
 */
export function ResetDemoDataDialog({ onReset }: { onReset: (scenario: DemoScenario) => void }) {
  const [scenario, setScenario] = useState<DemoScenario>('typical')
  return (
    <AlertDialog title="Reset demo data" variant="destructive" primaryActionLabel="Reset" cancelLabel="Cancel"
      onPrimaryAction={() => onReset(scenario)}>
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
  )
}

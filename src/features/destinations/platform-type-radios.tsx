import { Radio, RadioGroup } from '@adobe/react-spectrum'
import type { PlatformTypeFilter as PlatformType } from './destination-list-search'

/**
 * The radio group "Integrated platform type" of the "Integrated Platforms" tab: "All types",
 * "Device-Based" or "People-Based" (the `type` search param). A module of its own so that the
 * destination list's first screen, which opens on another tab, does not carry radio buttons.
 */
export default function PlatformTypeRadios({ value, onChange }: { value: PlatformType; onChange: (type: PlatformType) => void }) {
  return (
    <RadioGroup label="Integrated platform type" orientation="horizontal" value={value} onChange={(next) => onChange(next as PlatformType)}>
      <Radio value="any">All types</Radio>
      <Radio value="device-based">Device-Based</Radio>
      <Radio value="people-based">People-Based</Radio>
    </RadioGroup>
  )
}

import { Flex, Radio, RadioGroup, TextField } from '@adobe/react-spectrum'
import { Controller } from 'react-hook-form'
import type { AutoFill } from '../../../api/schemas'
import { fieldValidation } from './field-validation'
import type { FormControl } from './destination-form-values'
import { FIELD_LABELS, LIVERAMP_AUTO_FILL_LABEL } from './field-labels'

/**
 * Configuration of a LiveRamp S2S destination (AAM KCS "LiveRamp server-to-server destination"):
 * TextField "LiveRamp Client Name" (the user name LiveRamp supplies; letters and digits, 1 to 64)
 * and RadioGroup "Segment Mapping": "Auto-fill Segment ID" (default, `SEGMENT_ID`) or "Manual" (`NONE`).
 */
export function LiveRampConfiguration({ control }: { control: FormControl }) {
  return (
    <Flex direction="column" gap="size-150" maxWidth="size-6000">
      <Controller control={control} name="clientName" render={({ field, fieldState }) => (
        <TextField label={FIELD_LABELS.clientName} value={field.value} onChange={field.onChange} onBlur={field.onBlur} ref={field.ref}
          description="The user name your LiveRamp representative gave you: letters and digits only, 1 to 64."
          {...fieldValidation(fieldState)} />
      )} />
      <Controller control={control} name="autoFillMapping" render={({ field, fieldState }) => (
        <RadioGroup label={LIVERAMP_AUTO_FILL_LABEL} value={field.value === 'NONE' ? 'NONE' : 'SEGMENT_ID'} onChange={(v) => field.onChange(v as AutoFill)}
          description="Auto-fill sends the AAM segment ID, so LiveRamp organises audiences by segment ID. Manual means typing a friendly name every time a segment is mapped."
          {...fieldValidation(fieldState)}>
          <Radio value="SEGMENT_ID">Auto-fill Segment ID</Radio>
          <Radio value="NONE">Manual</Radio>
        </RadioGroup>
      )} />
    </Flex>
  )
}

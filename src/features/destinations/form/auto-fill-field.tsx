import { Radio, RadioGroup } from '@adobe/react-spectrum'
import { Controller } from 'react-hook-form'
import { AUTO_FILL_MODES, AUTO_FILL_TEXT, type AutoFill } from '../../../api/schemas'
import { fieldValidation } from './field-validation'
import type { FormControl } from './destination-form-values'
import { FIELD_LABELS } from './field-labels'

/**
 * RadioGroup "Auto-fill Destination Mapping" with AAM's options "None", "Segment ID" and
 * "Integration Code Value" (`autoFillMapping`). Changing it never rewrites existing mappings.
 */
export function AutoFillField({ control, description }: { control: FormControl; description?: string }) {
  return (
    <Controller control={control} name="autoFillMapping" render={({ field, fieldState }) => (
      <RadioGroup label={FIELD_LABELS.autoFillMapping} value={field.value} onChange={(v) => field.onChange(v as AutoFill)}
        description={description} {...fieldValidation(fieldState)}>
        {AUTO_FILL_MODES.map((mode) => <Radio key={mode} value={mode}>{AUTO_FILL_TEXT[mode]}</Radio>)}
      </RadioGroup>
    )} />
  )
}

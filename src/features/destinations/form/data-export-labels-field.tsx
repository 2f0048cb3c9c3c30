import { Checkbox, CheckboxGroup } from '@adobe/react-spectrum'
import { Controller } from 'react-hook-form'
import { DATA_EXPORT_LABEL_TEXT, DATA_EXPORT_LABELS, type DataExportLabel } from '../../../api/schemas'
import { fieldValidation } from './field-validation'
import type { FormControl } from './destination-form-values'
import { DATA_EXPORT_LABELS_GROUP_LABEL } from './field-labels'

/**
 * "Data Export Labels" (AAM "Data Export Controls"): the four label checkboxes under "Settings for
 * this destination", in AAM's wording; none checked by default. A server refusal (409
 * EXPORT_CONTROL_CONFLICT listing the blocked segments) shows as this group's error.
 */
export function DataExportLabelsField({ control }: { control: FormControl }) {
  return (
    <Controller control={control} name="dataExportLabels" render={({ field, fieldState }) => (
      <CheckboxGroup label={DATA_EXPORT_LABELS_GROUP_LABEL} value={field.value}
        onChange={(value) => field.onChange(DATA_EXPORT_LABELS.filter((l) => value.includes(l)))}
        description="A segment whose data sources carry a matching Data Export Control cannot be mapped to this destination."
        {...fieldValidation(fieldState)}>
        {DATA_EXPORT_LABELS.map((label: DataExportLabel) => (
          <Checkbox key={label} value={label}>{DATA_EXPORT_LABEL_TEXT[label]}</Checkbox>
        ))}
      </CheckboxGroup>
    )} />
  )
}

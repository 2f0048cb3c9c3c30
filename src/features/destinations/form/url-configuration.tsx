import { Checkbox, Flex, Text, TextField } from '@adobe/react-spectrum'
import { Controller, useWatch } from 'react-hook-form'
import { AutoFillField } from './auto-fill-field'
import { fieldValidation } from './field-validation'
import type { FormControl } from './destination-form-values'
import { FIELD_LABELS } from './field-labels'

type TextName = 'urlFormatString' | 'secureUrlFormatString' | 'delimiter'

function UrlText({ control, name, label, description }: { control: FormControl; name: TextName; label: string; description: string }) {
  return (
    <Controller control={control} name={name} render={({ field, fieldState }) => (
      <TextField label={label} value={field.value} onChange={field.onChange} onBlur={field.onBlur} ref={field.ref}
        description={description} width="100%" {...fieldValidation(fieldState)} />
    )} />
  )
}

/**
 * Configuration of a URL destination (AAM "Create a URL destination"): Checkbox "Serialize"; when
 * on, "Base URL", "Secure URL" (http/https, both with `%ALIAS%`) and "Delimiter" are required; when
 * off each mapping carries its own URL and Secure URL. Then "Auto-fill Destination Mapping".
 */
export function UrlConfiguration({ control }: { control: FormControl }) {
  const serialized = useWatch({ control, name: 'serializationEnabled' })
  return (
    <Flex direction="column" gap="size-150" maxWidth="size-6000">
      <Controller control={control} name="serializationEnabled" render={({ field }) => (
        <Checkbox isSelected={field.value} onChange={field.onChange}>{FIELD_LABELS.serializationEnabled}</Checkbox>
      )} />
      {serialized ? (
        <>
          <UrlText control={control} name="urlFormatString" label={FIELD_LABELS.urlFormatString}
            description="The http address; put %ALIAS% where the segment values go, e.g. http://px.example/seg?ids=%ALIAS%" />
          <UrlText control={control} name="secureUrlFormatString" label={FIELD_LABELS.secureUrlFormatString}
            description="The https address, also with %ALIAS%." />
          <UrlText control={control} name="delimiter" label={FIELD_LABELS.delimiter} description="Separates the segment values inside %ALIAS%, usually , or ;" />
        </>
      ) : (
        <Text>Not serialized: each segment mapping carries its own URL and Secure URL.</Text>
      )}
      <AutoFillField control={control}
        description="Fills the mapping value of serialized URL destinations from the segment. Existing mappings keep their values." />
    </Flex>
  )
}

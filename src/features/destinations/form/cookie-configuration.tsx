import { Checkbox, Flex, Radio, RadioGroup, TextField } from '@adobe/react-spectrum'
import { Controller, useWatch } from 'react-hook-form'
import { DOMAIN_RESTRICTION_TEXT, DOMAIN_RESTRICTIONS, FORMAT_TYPE_TEXT, FORMAT_TYPES } from '../../../api/schemas'
import { fieldValidation } from './field-validation'
import type { FormControl } from './destination-form-values'
import { FIELD_LABELS } from './field-labels'

type TextName = 'cookieName' | 'singleKey' | 'keySeparator' | 'valueSeparator' | 'serializationSeparator' | 'cnameDomain' | 'siteIDs'

function CookieText(props: { control: FormControl; name: TextName; label: string; description: string }) {
  return (
    <Controller control={props.control} name={props.name} render={({ field, fieldState }) => (
      <TextField label={props.label} value={field.value} onChange={field.onChange} onBlur={field.onBlur}
        ref={field.ref} description={props.description} {...fieldValidation(fieldState)} />
    )} />
  )
}

/**
 * Configuration of a cookie destination (AAM "Create a cookie destination", "Cookie destination
 * options"): "Cookie Name", RadioGroup "Data Format" (Single key / Multi key), "Key" (single key),
 * "Key Separator", "Value Separator", Checkbox "Serialize" with "Serial Delimiter", "Cookie Domain"
 * (one dot-prefixed domain, blank = all) and RadioGroup "Publish Data To" with AAM's three options;
 * with selected domains (included or excluded), "Site IDs": comma-separated site IDs, required.
 */
export function CookieConfiguration({ control }: { control: FormControl }) {
  const formatType = useWatch({ control, name: 'formatType' })
  const serialized = useWatch({ control, name: 'serializationEnabled' })
  const publishTo = useWatch({ control, name: 'domainRestrictions' })
  return (
    <Flex direction="column" gap="size-150" maxWidth="size-6000">
      <CookieText control={control} name="cookieName" label={FIELD_LABELS.cookieName} description="Short, without special characters: letters, digits, _ or -." />
      <Controller control={control} name="formatType" render={({ field, fieldState }) => (
        <RadioGroup label={FIELD_LABELS.formatType} value={field.value} onChange={(v) => field.onChange(v)} {...fieldValidation(fieldState)}
          description="Single key: the key is set here and each mapping sets a value. Multi key: each mapping sets key and value.">
          {FORMAT_TYPES.map((t) => <Radio key={t} value={t}>{FORMAT_TYPE_TEXT[t]}</Radio>)}
        </RadioGroup>
      )} />
      {formatType === 'single_key' && <CookieText control={control} name="singleKey" label={FIELD_LABELS.singleKey} description="The cookie key, e.g. seg." />}
      <CookieText control={control} name="keySeparator" label={FIELD_LABELS.keySeparator} description="Between key and value, e.g. =" />
      <CookieText control={control} name="valueSeparator" label={FIELD_LABELS.valueSeparator} description="Between values, e.g. ," />
      <Controller control={control} name="serializationEnabled" render={({ field }) => (
        <Checkbox isSelected={field.value} onChange={field.onChange}>{FIELD_LABELS.serializationEnabled}</Checkbox>
      )} />
      {serialized && <CookieText control={control} name="serializationSeparator" label={FIELD_LABELS.serializationSeparator} description="Between serialized values (Google Ad Manager: comma only)." />}
      <CookieText control={control} name="cnameDomain" label={FIELD_LABELS.cnameDomain}
        description="One domain starting with a dot, e.g. .sports.com; no wildcards, no https:// or www. Blank sets the cookie on all domains." />
      <Controller control={control} name="domainRestrictions" render={({ field, fieldState }) => (
        <RadioGroup label={FIELD_LABELS.domainRestrictions} value={field.value} onChange={(v) => field.onChange(v)} {...fieldValidation(fieldState)}>
          {DOMAIN_RESTRICTIONS.map((r) => <Radio key={r} value={r}>{DOMAIN_RESTRICTION_TEXT[r]}</Radio>)}
        </RadioGroup>
      )} />
      {publishTo !== 'all_domains' && <CookieText control={control} name="siteIDs" label={FIELD_LABELS.siteIDs}
        description="The site IDs of the selected domains (whole numbers), separated by commas, e.g. 77, 78." />}
    </Flex>
  )
}

import { Flex, Item, Picker, TextArea, TextField } from '@adobe/react-spectrum'
import { useQuery } from '@tanstack/react-query'
import { Controller, useWatch, type UseFormSetValue } from 'react-hook-form'
import { destinationQueries } from '../../../api/destinations'
import {
  CATEGORIES,
  CATEGORY_TEXT,
  DESTINATION_TYPE_TEXT,
  DEVICE_BASED_PARTNERS,
  PARTNER_TEXT,
  partnerSchema,
  PLATFORM_TEXT,
  PLATFORMS,
  type Category,
  type DestinationType,
} from '../../../api/schemas'
import { platformText } from '../destination-text'
import { fieldValidation } from './field-validation'
import { TYPES_BY_CATEGORY, valuesForType, type DestinationFormValues, type FormControl } from './destination-form-values'
import { FIELD_LABELS } from './field-labels'

interface BasicInformationFieldsProps {
  control: FormControl
  setValue: UseFormSetValue<DestinationFormValues>
  getValues: () => DestinationFormValues
  /** Editing a saved destination: category, type and device-based platform and name are fixed. */
  isEdit: boolean
  /** The user is a partner admin (customer care): only they may pick LiveRamp. */
  isPartnerAdmin: boolean
}

const CATEGORY_ITEMS = CATEGORIES.map((id) => ({ id, name: CATEGORY_TEXT[id] }))
const PARTNER_ITEMS = DEVICE_BASED_PARTNERS.map((id) => ({ id, name: PARTNER_TEXT[id] }))
const FIXED = 'Cannot change after creation.'

interface PickersProps {
  control: FormControl
  typeItems: { id: DestinationType; name: string }[]
  getValues: () => DestinationFormValues
  chooseType: (type: DestinationType) => void
}

/** "Category" then "Type" (its options follow the category; a category change picks its first type). */
function CategoryAndTypePickers({ control, typeItems, getValues, chooseType }: PickersProps) {
  return (
    <>
      <Controller control={control} name="category" render={({ field, fieldState }) => (
        <Picker label={FIELD_LABELS.category} items={CATEGORY_ITEMS} selectedKey={field.value}
          onSelectionChange={(key) => {
            const next = key as Category
            field.onChange(next)
            if (!TYPES_BY_CATEGORY[next].includes(getValues().destinationType)) chooseType(TYPES_BY_CATEGORY[next][0])
          }} {...fieldValidation(fieldState)}>
          {(item) => <Item key={item.id}>{item.name}</Item>}
        </Picker>
      )} />
      <Controller control={control} name="destinationType" render={({ field, fieldState }) => (
        <Picker label={FIELD_LABELS.destinationType} items={typeItems} selectedKey={field.value}
          onSelectionChange={(key) => chooseType(key as DestinationType)} {...fieldValidation(fieldState)}>
          {(item) => <Item key={item.id}>{item.name}</Item>}
        </Picker>
      )} />
    </>
  )
}

/**
 * "Basic Information" of the configuration form, in AAM's order: Pickers "Category", "Type" (its
 * options depend on Category, as in AAM's Destination Builder) and "Platform" (device-based: the
 * partner, LiveRamp for partner admins only; cookie: Browser only; URL: AAM's available platforms),
 * then TextFields "Name" (read-only for a saved device-based destination) and "Description".
 */
export function BasicInformationFields({ control, setValue, getValues, isEdit, isPartnerAdmin }: BasicInformationFieldsProps) {
  const type = useWatch({ control, name: 'destinationType' })
  const category = useWatch({ control, name: 'category' })
  const [partner, platform] = useWatch({ control, name: ['partner', 'platform'] })
  const fixedPlatform = platformText({ partner: partnerSchema.safeParse(partner).data ?? null, platform })
  const platforms = useQuery(destinationQueries.platforms())
  const platformItems = (platforms.data ?? PLATFORMS).map((id) => ({ id, name: (PLATFORM_TEXT as Record<string, string>)[id] ?? id }))
  const typeItems = TYPES_BY_CATEGORY[category].map((id) => ({ id, name: DESTINATION_TYPE_TEXT[id] }))
  const dirty = { shouldDirty: true, shouldValidate: false }

  function chooseType(next: DestinationType) {
    for (const [key, value] of Object.entries(valuesForType(getValues(), next))) {
      setValue(key as keyof DestinationFormValues, value as never, dirty)
    }
  }

  return (
    <Flex direction="column" gap="size-150" maxWidth="size-6000">
      {isEdit ? (
        <>
          <TextField label={FIELD_LABELS.category} value={CATEGORY_TEXT[category]} isReadOnly description={FIXED} />
          <TextField label={FIELD_LABELS.destinationType} value={DESTINATION_TYPE_TEXT[type]} isReadOnly description={FIXED} />
        </>
      ) : (
        <CategoryAndTypePickers control={control} typeItems={typeItems} getValues={getValues} chooseType={chooseType} />
      )}
      {type === 'S2S' && isEdit && <TextField label={FIELD_LABELS.partner} value={fixedPlatform || 'None'} isReadOnly description={FIXED} />}
      {type === 'S2S' && !isEdit && (
        <Controller control={control} name="partner" render={({ field, fieldState }) => (
          <Picker label={FIELD_LABELS.partner} items={PARTNER_ITEMS} selectedKey={field.value || null}
            disabledKeys={isPartnerAdmin ? DEVICE_BASED_PARTNERS.filter((p) => p !== 'LIVERAMP') : DEVICE_BASED_PARTNERS}
            description={isPartnerAdmin
              ? 'Other device-based platforms need a linked account in Integrated Accounts (not available in this version).'
              : 'Only partner admins (customer care) can create device-based destinations such as LiveRamp.'}
            onSelectionChange={(key) => field.onChange(String(key))} {...fieldValidation(fieldState)}>
            {(item) => <Item key={item.id}>{item.name}</Item>}
          </Picker>
        )} />
      )}
      {type === 'PUSH' && (
        <Controller control={control} name="platform" render={({ field, fieldState }) => (
          <Picker label={FIELD_LABELS.platform} items={platformItems} selectedKey={field.value || null}
            onSelectionChange={(key) => field.onChange(String(key))} {...fieldValidation(fieldState)}>
            {(item) => <Item key={item.id}>{item.name}</Item>}
          </Picker>
        )} />
      )}
      {type === 'ADS' && (
        <TextField label={FIELD_LABELS.platform} value="Browser" isReadOnly description="Cookie destinations work in browsers only." />
      )}
      <Controller control={control} name="name" render={({ field, fieldState }) => (
        <TextField label={FIELD_LABELS.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} ref={field.ref}
          isReadOnly={isEdit && type === 'S2S'}
          description={isEdit && type === 'S2S' ? 'The name of a device-based destination cannot change after creation.' : 'Give your destination a short name. Avoid special characters and accent marks.'}
          {...fieldValidation(fieldState)} />
      )} />
      <Controller control={control} name="description" render={({ field, fieldState }) => (
        <TextArea label={FIELD_LABELS.description} value={field.value} onChange={field.onChange} onBlur={field.onBlur} ref={field.ref}
          description="(Optional) Give your destination a concise description." {...fieldValidation(fieldState)} />
      )} />
    </Flex>
  )
}

import { ActionButton, Badge, Flex, Text, TextField, View } from '@adobe/react-spectrum'
import Alert from '@spectrum-icons/workflow/Alert'
import Close from '@spectrum-icons/workflow/Close'
import { Controller, type Control } from 'react-hook-form'
import { ROW_FIELD_LABELS, ROW_FIELDS, type EditMappingValues, type MappingRow } from './edit-mapping-form'
import type { MappingInputKind } from './mapping-rules'

interface MappingRowFieldsProps {
  control: Control<EditMappingValues>
  index: number
  row: MappingRow
  kind: MappingInputKind
  /** Removes this row from the dialog (not from the server); absent when it is the only row. */
  onRemove?: () => void
  /** Focus the first editable input when the dialog opens. */
  autoFocus?: boolean
}

/**
 * One segment row of the Edit Mapping dialog: the segment's name and ID as plain text, then the
 * value input(s) of the destination's kind, each named "{label} for {segment name}". Auto-filled
 * values are read-only and marked "Auto-filled"; a refused segment shows the reason instead of inputs.
 */
export function MappingRowFields({ control, index, row, kind, onRemove, autoFocus }: MappingRowFieldsProps) {
  const labels = ROW_FIELD_LABELS[kind]
  return (
    <View borderBottomWidth="thin" borderColor="gray-300" paddingY="size-100">
      <Flex gap="size-200" alignItems="start">
        <Flex direction="column" width="size-3000" flexShrink={0}>
          <Text UNSAFE_style={{ fontWeight: 700, overflowWrap: 'anywhere' }}>{row.name}</Text>
          <Text>Segment ID {row.sid}</Text>
        </Flex>
        {row.refusedReason ? (
          <Flex gap="size-100" alignItems="start" flex="1" minWidth="size-1600">
            <Alert size="S" color="notice" aria-hidden />
            <Text>Cannot be mapped and is left out: {row.refusedReason}</Text>
          </Flex>
        ) : (
          ROW_FIELDS[kind].map((field, i) => (
            <Controller
              key={field}
              control={control}
              name={`rows.${index}.${field}`}
              render={({ field: f, fieldState }) => (
                <TextField
                  aria-label={`${labels[i]} for ${row.name}`}
                  value={f.value}
                  onChange={f.onChange}
                  onBlur={f.onBlur}
                  ref={f.ref}
                  isReadOnly={row.locked}
                  autoFocus={autoFocus && i === 0 && !row.locked}
                  isRequired={!row.locked}
                  flex="1"
                  minWidth="size-1600"
                  validationState={fieldState.invalid ? 'invalid' : undefined}
                  errorMessage={fieldState.error?.message}
                />
              )}
            />
          ))
        )}
        {row.autoFilled && !row.refusedReason ? <Badge variant="info">Auto-filled</Badge> : null}
        {onRemove ? (
          <ActionButton isQuiet aria-label={`Remove ${row.name} from this list`} onPress={onRemove}>
            <Close />
          </ActionButton>
        ) : null}
      </Flex>
    </View>
  )
}

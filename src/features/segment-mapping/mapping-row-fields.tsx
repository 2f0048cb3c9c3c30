import { ActionButton, Badge, Cell, Column, Flex, Row, TableBody, TableHeader, TableView, TextField, useProvider } from '@adobe/react-spectrum'
import Alert from '@spectrum-icons/workflow/Alert'
import Close from '@spectrum-icons/workflow/Close'
import { memo, useEffect, useId, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react'
import { Controller, type Control } from 'react-hook-form'
import { TruncatedText } from '../../components/truncated-text'
import { ROW_FIELD_LABELS, ROW_FIELDS, type EditMappingValues, type MappingRow } from './edit-mapping-form'
import type { MappingInputKind } from './mapping-rules'

/** Row and header heights of a regular-density TableView per Spectrum scale, in px (fixed: no wrapping). */
const ROW_HEIGHT = { medium: 40, large: 50 }
const HEADER_HEIGHT = { medium: 34, large: 40 }
/** Rows visible before the table scrolls. */
const VISIBLE_ROWS = 8
// Keys a value field keeps for itself (caret, typing); the others move around the table as usual.
const TABLE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Tab', 'Escape'])

interface MappingRowsTableProps {
  control: Control<EditMappingValues>
  /** The form's rows (`useFieldArray` fields: `id` is the row's stable key). */
  rows: readonly (MappingRow & { id: string })[]
  kind: MappingInputKind
  /** First problem message per row index (client checks or server details). */
  problems: ReadonlyMap<number, string>
  /** Segment IDs this dialog already created: shown as "Saved", read-only. */
  savedSids: ReadonlySet<number>
  /**
   * Of `savedSids`, those found already mapped when a draft was restored (not created by this
   * dialog): shown as "Already mapped" instead of "Saved".
   */
  mappedBefore?: ReadonlySet<number>
  /** While saving, values are read-only and rows cannot be removed. */
  isSaving: boolean
  /** Removes row `index` from the dialog (not from the server); absent when only one row is left. */
  onRemove?: (index: number) => void
  /** Set by the table: scrolls row `index` into view and focuses its value field (or the row). */
  revealRef?: RefObject<((index: number) => void) | null>
}

interface RowItem {
  key: string
  index: number
  row: MappingRow
  problem: string | undefined
  saved: boolean
  /** Found already mapped when a draft was restored. */
  mappedBefore: boolean
}

const NONE: ReadonlySet<number> = new Set()

/**
 * Stops the table's own keys (arrows left and right between cells, type-to-select, Home / End)
 * while a value field has focus, so they move the caret and type text instead. The field still
 * gets the key's default action; Up / Down, Page Up / Down, Tab and Escape go on to the table.
 */
function keepTypingInFields(event: KeyboardEvent<HTMLDivElement>) {
  if (event.target instanceof HTMLInputElement && !TABLE_KEYS.has(event.key)) event.stopPropagation()
}

/**
 * The segment rows of the Edit Mapping dialog as one virtualized TableView "Segments to map" (only
 * the visible rows are rendered, so 1,000 rows open at once). Columns: "Segment" (row header),
 * "Segment ID", the destination kind's value column(s) ("Destination Value", "Key" / "Value", "URL" /
 * "Secure URL"), "Status" and, with more than one row, "Remove". Manual values are TextFields named
 * "{label} for {segment name}"; auto-filled and saved values are read-only text. "Status" says
 * "Auto-filled", "Saved" ("Already mapped" for rows of a restored draft found on the server), why a
 * refused segment is left out, or the row's problem (which is also the field's description). Arrow
 * Up / Down move between rows; inside a field, the other keys edit text. Memoized: typing in a field
 * does not re-render the table from the dialog.
 */
export const MappingRowsTable = memo(function MappingRowsTable({
  control, rows, kind, problems, savedSids, mappedBefore = NONE, isSaving, onRemove, revealRef,
}: MappingRowsTableProps) {
  const labels = ROW_FIELD_LABELS[kind]
  const fields = ROW_FIELDS[kind]
  const baseId = useId()
  const { scale } = useProvider()
  const rowHeight = ROW_HEIGHT[scale]
  const wrapperRef = useRef<HTMLDivElement>(null)
  const firstEditable = rows.findIndex((r) => !r.locked && !r.refusedReason && !savedSids.has(r.sid))
  // New item objects only when something shown changes: Spectrum caches each row's cells by its item.
  const items = useMemo<RowItem[]>(
    () => rows.map((row, index) => ({
      key: row.id, index, row, problem: problems.get(index), saved: savedSids.has(row.sid), mappedBefore: mappedBefore.has(row.sid),
    })),
    [rows, problems, savedSids, mappedBefore],
  )

  useEffect(() => {
    if (!revealRef) return
    revealRef.current = (index: number) => {
            const key = rows[index]?.id
      const groups = wrapperRef.current?.querySelectorAll<HTMLElement>('[role="rowgroup"]')
      const body = groups?.[groups.length - 1]
      if (!body || key === undefined) return
      // Rows have a fixed height; bring the row to the middle, then let the virtualizer render it.
      const height = body.querySelector<HTMLElement>('[role="row"]')?.getBoundingClientRect().height || rowHeight
      body.scrollTop = Math.max(0, index * height - (body.clientHeight - height) / 2)
      body.dispatchEvent(new Event('scroll'))
      let frames = 0
      const focusRow = () => {
        const row = body.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)
        if (row) (row.querySelector<HTMLElement>('input:not([readonly])') ?? row).focus()
        else if (++frames < 60) requestAnimationFrame(focusRow)
      }
      requestAnimationFrame(focusRow)
    }
    return () => { revealRef.current = null }
  }, [revealRef, rows, rowHeight])

  const problemId = (item: RowItem) => `${baseId}-problem-${item.key}`
  const height = Math.min(rows.length, VISIBLE_ROWS) * rowHeight + HEADER_HEIGHT[scale] + 2

  return (
    // The wrapper only filters key events for the fields inside the table (see keepTypingInFields).
    <div ref={wrapperRef} onKeyDownCapture={keepTypingInFields}>
      <TableView aria-label="Segments to map" height={height} width="100%" minHeight="size-1000">
        <TableHeader>
          {[
            <Column key="name" isRowHeader width="2fr" minWidth={160}>Segment</Column>,
            <Column key="sid" width={110}>Segment ID</Column>,
            ...labels.map((label, i) => <Column key={`value-${i}`} width="1.5fr" minWidth={140}>{label}</Column>),
            <Column key="status" width="2fr" minWidth={160}>Status</Column>,
            ...(onRemove ? [<Column key="remove" width={96} align="center">Remove</Column>] : []),
          ]}
        </TableHeader>
        <TableBody items={items}>
          {(item) => {
            const { row } = item
            const editable = !row.locked && !row.refusedReason && !item.saved
            return (
              <Row key={item.key}>
                {[
                  <Cell key={`${item.key}:name`} textValue={row.name}><TruncatedText>{row.name}</TruncatedText></Cell>,
                  <Cell key={`${item.key}:sid`}>{String(row.sid)}</Cell>,
                  ...fields.map((field, i) => (
                    <Cell key={`${item.key}:${field}`} textValue={row.refusedReason ? '' : row[field]}>
                      {editable ? (
                        <Controller control={control} name={`rows.${item.index}.${field}`} render={({ field: f, fieldState }) => (
                          <TextField aria-label={`${labels[i]} for ${row.name}`} value={f.value} onChange={f.onChange} onBlur={f.onBlur}
                            ref={f.ref} isReadOnly={isSaving} isRequired autoFocus={item.index === firstEditable && i === 0}
                            width="100%" validationState={fieldState.invalid ? 'invalid' : undefined}
                            aria-describedby={item.problem ? problemId(item) : undefined} />
                        )} />
                      ) : (
                        <TruncatedText>{row.refusedReason ? '' : row[field]}</TruncatedText>
                      )}
                    </Cell>
                  )),
                  <Cell key={`${item.key}:status`} textValue={statusText(item)}><RowStatus item={item} id={problemId(item)} /></Cell>,
                  ...(onRemove
                    ? [
                        <Cell key={`${item.key}:remove`} textValue="Remove">
                          {item.saved ? null : (
                            <ActionButton isQuiet aria-label={`Remove ${row.name} from this list`} isDisabled={isSaving} onPress={() => onRemove(item.index)}>
                              <Close />
                            </ActionButton>
                          )}
                        </Cell>,
                      ]
                    : []),
                ]}
              </Row>
            )
          }}
        </TableBody>
      </TableView>
    </div>
  )
})

function statusText(item: RowItem): string {
  if (item.saved) return item.mappedBefore ? 'Already mapped' : 'Saved'
  if (item.row.refusedReason) return `Cannot be mapped and is left out: ${item.row.refusedReason}`
  if (item.problem) return item.problem
  return item.row.autoFilled ? 'Auto-filled' : ''
}

/** The "Status" cell: saved, left out (with the reason), the row's problem, or "Auto-filled". */
function RowStatus({ item, id }: { item: RowItem; id: string }) {
  if (item.saved) return <Badge variant={item.mappedBefore ? 'neutral' : 'positive'}>{statusText(item)}</Badge>
  if (item.row.refusedReason) {
    return (
      <Flex gap="size-75" alignItems="center" minWidth={0}>
        <Alert size="S" color="notice" aria-hidden />
        <TruncatedText>{statusText(item)}</TruncatedText>
      </Flex>
    )
  }
  if (item.problem) {
    return (
      <Flex gap="size-75" alignItems="center" minWidth={0}>
        <Alert size="S" color="negative" aria-hidden />
        <span id={id} title={item.problem} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}>{item.problem}</span>
      </Flex>
    )
  }
  return item.row.autoFilled ? <Badge variant="info">Auto-filled</Badge> : null
}

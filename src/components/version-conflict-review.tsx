import { Button, ButtonGroup, Content, Heading, InlineAlert, Text } from '@adobe/react-spectrum'
import { useId } from 'react'
import type { DiffRow } from '../lib/version-diff'

interface VersionConflictReviewProps {
  /** Heading, e.g. "Someone else changed this destination". */
  title: string
  /** What happened and what the two choices do (plain text). */
  message: string
  /** Header of the other side's column, e.g. "Their version (saved 5 minutes ago)". */
  theirsHeading: string
  /** The fields that changed (`diffVersions`); empty when only the version stamp moved. */
  rows: readonly DiffRow[]
  /** Shown instead of the table when `rows` is empty. */
  emptyText: string
  /** "Keep my changes on top of theirs": the caller merges and lets the user save again. */
  onKeepMine: () => void
  /** "Take their version": the caller discards the user's changes and loads theirs. */
  onTakeTheirs: () => void
}

const cell = { textAlign: 'start', verticalAlign: 'top', padding: 'var(--spectrum-global-dimension-size-100)', overflowWrap: 'anywhere' } as const

/**
 * Review after a stale save (409 `STALE_UPDATE`), for any record: a notice InlineAlert with a table
 * "Field" / `theirsHeading` / "Your version", one row per field someone else changed (each says
 * whether the user changed it too, which decides the value "Keep my changes on top of theirs" keeps), and
 * the buttons "Keep my changes on top of theirs" and "Take their version". Takes focus when it
 * appears, so keyboard and screen-reader users land on it. Saves nothing itself.
 * All values are rendered as plain text.
 */
export function VersionConflictReview({ title, message, theirsHeading, rows, emptyText, onKeepMine, onTakeTheirs }: VersionConflictReviewProps) {
  const captionId = useId()
  return (
    <InlineAlert variant="notice" marginTop="size-200" maxWidth="size-8000" autoFocus>
      <Heading level={3}>{title}</Heading>
      <Content>
        <Text>{message}</Text>
        {rows.length ? (
          <table aria-labelledby={captionId} style={{ borderCollapse: 'collapse', width: '100%', marginTop: 'var(--spectrum-global-dimension-size-150)' }}>
            <caption id={captionId} style={{ textAlign: 'start', fontWeight: 'bold' }}>Changed since you opened it</caption>
            <thead>
              <tr style={{ borderBottom: '1px solid var(--spectrum-global-color-gray-400)' }}>
                <th scope="col" style={cell}>Field</th>
                <th scope="col" style={cell}>{theirsHeading}</th>
                <th scope="col" style={cell}>Your version</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} style={{ borderBottom: '1px solid var(--spectrum-global-color-gray-300)' }}>
                  <th scope="row" style={cell}>{row.label}</th>
                  <td style={cell}>{row.theirs}</td>
                  <td style={cell}>
                    {row.mine}
                    <br />
                    <small>{row.youChanged ? 'You changed this too.' : 'You did not change this.'}</small>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <Text UNSAFE_style={{ display: 'block', marginTop: 'var(--spectrum-global-dimension-size-100)' }}>{emptyText}</Text>
        )}
        <ButtonGroup marginTop="size-200">
          <Button variant="primary" onPress={onKeepMine}>Keep my changes on top of theirs</Button>
          <Button variant="secondary" onPress={onTakeTheirs}>Take their version</Button>
        </ButtonGroup>
      </Content>
    </InlineAlert>
  )
}

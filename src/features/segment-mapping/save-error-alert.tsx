import { Button, Content, Flex, Heading, InlineAlert, Link, Text, View } from '@adobe/react-spectrum'
import { countOf, type RowProblem } from './edit-mapping-form'

/**
 * A failed save: the server's message, what to do next, field details that could not be placed on
 * a row, and, when some requests succeeded before one failed, which segments were saved and which
 * were not (names as typed on the segments, plain text).
 */
export interface SaveError {
  message: string
  /** What the user should do now, in words. */
  hint: string
  details: readonly string[]
  partial?: { saved: readonly string[]; notSaved: readonly string[] }
}

/** Most problems listed by name; the rest are counted (every row still shows its own). */
const MAX_LISTED_PROBLEMS = 20

function NameList({ title, names }: { title: string; names: readonly string[] }) {
  return (
    <View flex="1" minWidth="size-2400">
      <Text UNSAFE_style={{ fontWeight: 700 }}>{title}</Text>
      {/* A long list scrolls on its own; it is focusable so keyboard users can scroll it. */}
      <View maxHeight="size-1600" overflow="auto" borderWidth="thin" borderColor="gray-300" padding="size-50" marginTop="size-50"
        UNSAFE_style={{ outline: 'none' }}>
        {/* eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex */}
        <ul aria-label={title} tabIndex={0} style={{ margin: 0, paddingInlineStart: 20 }}>
          {names.map((name, i) => <li key={`${i}-${name}`}>{name}</li>)}
        </ul>
      </View>
    </View>
  )
}

/**
 * Negative InlineAlert shown with the dialog buttons after a failed save: what failed, what to do
 * (`hint`), details not placed on a row, and for a partial save the counts and lists "Saved" and
 * "Not saved". All text is rendered as plain text.
 */
export function SaveErrorAlert({ error }: { error: SaveError }) {
  const { partial } = error
  const total = partial ? partial.saved.length + partial.notSaved.length : 0
  return (
    <InlineAlert variant="negative" marginTop="size-200">
      <Heading level={3}>{partial ? `Saved ${countOf(partial.saved.length, 'segment')} of ${total.toLocaleString('en-US')}` : 'Could not save'}</Heading>
      <Content>
        <Flex direction="column" gap="size-100">
          <Text>
            {partial ? `${countOf(partial.notSaved.length, 'segment')} could not be saved: ` : ''}
            {error.message} {error.hint}
          </Text>
          {error.details.length > 0 ? (
            <ul style={{ margin: 0 }}>
              {error.details.map((d) => <li key={d}>{d}</li>)}
            </ul>
          ) : null}
          {partial ? (
            <Flex gap="size-200" wrap>
              <NameList title={`Not saved (${partial.notSaved.length.toLocaleString('en-US')})`} names={partial.notSaved} />
              <NameList title={`Saved (${partial.saved.length.toLocaleString('en-US')})`} names={partial.saved} />
            </Flex>
          ) : null}
        </Flex>
      </Content>
    </InlineAlert>
  )
}

/**
 * The rows with a problem (client checks or server details), each a link that scrolls the rows
 * table to that row and focuses its field (`onGoTo(index)`). Lists the first 20 and counts the rest.
 */
export function RowProblemList({ problems, onGoTo }: { problems: readonly RowProblem[]; onGoTo: (index: number) => void }) {
  const more = problems.length - MAX_LISTED_PROBLEMS
  return (
    // Not an alert of its own: the save alert (or the fields) already announce the failure.
    <View borderWidth="thin" borderColor="notice" borderRadius="medium" padding="size-150">
      <Heading level={3} marginTop={0}>{problems.length === 1 ? '1 row needs your attention' : `${problems.length.toLocaleString('en-US')} rows need your attention`}</Heading>
      <ul aria-label="Rows with problems" style={{ margin: 0, paddingInlineStart: 20 }}>
        {problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => (
          <li key={`${p.index}-${p.sid}`}>
            <Link onPress={() => onGoTo(p.index)}>{`${p.name} (Segment ID ${p.sid}): ${p.message}`}</Link>
          </li>
        ))}
      </ul>
      {more > 0 ? <Text>{`And ${countOf(more, 'more row')}; each is marked in the table below.`}</Text> : null}
    </View>
  )
}

/** An info InlineAlert next to the dialog's buttons: what just happened and what to do next (plain text). */
export function SaveNotice({ title, message }: { title: string; message: string }) {
  return (
    <InlineAlert variant="info" marginTop="size-200">
      <Heading level={3}>{title}</Heading>
      <Content>{message}</Content>
    </InlineAlert>
  )
}

/**
 * The edited mapping is gone (the update answered 404): says so, keeps what was typed, and offers
 * "Add as a new mapping" (`onAddAsNew`; the next Save creates it). `name` is the segment's name.
 */
export function MappingRemovedAlert({ name, onAddAsNew }: { name: string; onAddAsNew: () => void }) {
  return (
    <InlineAlert variant="negative" marginTop="size-200">
      <Heading level={3}>This mapping was removed</Heading>
      <Content>
        <Flex direction="column" gap="size-100" alignItems="start">
          <Text>
            {`Someone removed the mapping of ${name} after you opened it, so your changes were not saved. Your values are still here: add them as a new mapping, or select Cancel to drop them.`}
          </Text>
          <Button variant="primary" onPress={onAddAsNew}>Add as a new mapping</Button>
        </Flex>
      </Content>
    </InlineAlert>
  )
}

import { Button, ButtonGroup, Content, Heading, InlineAlert, Text } from '@adobe/react-spectrum'
import { useState } from 'react'
import { formatTimeAgo } from '../lib/relative-time'

interface DraftOfferProps {
  /** When the draft was written, epoch ms (`FormDraft.savedAt`). */
  savedAt: number
  /** Extra sentence, e.g. that the draft was made on an older version (plain text). */
  note?: string
  /** Applies the draft to the form. */
  onRestore: () => void
  /** Deletes the draft. */
  onDiscard: () => void
}

/**
 * The offer of a saved draft (`useFormDraft`) at the top of a form: an info InlineAlert "Unsaved
 * changes" saying "You have unsaved changes from {5 minutes ago}." plus `note`, and the buttons
 * "Restore changes" and "Discard changes". Nothing is applied until the user chooses.
 */
export function DraftOffer({ savedAt, note, onRestore, onDiscard }: DraftOfferProps) {
  const [now] = useState(() => Date.now())
  return (
    <InlineAlert variant="info" marginBottom="size-300" maxWidth="size-6000">
      <Heading level={2}>Unsaved changes</Heading>
      <Content>
        <Text>
          You have unsaved changes from {formatTimeAgo(savedAt, now)}.{note ? ` ${note}` : ''}
        </Text>
        <ButtonGroup marginTop="size-150">
          <Button variant="primary" onPress={onRestore}>Restore changes</Button>
          <Button variant="secondary" onPress={onDiscard}>Discard changes</Button>
        </ButtonGroup>
      </Content>
    </InlineAlert>
  )
}

import { Button, Content, Heading, InlineAlert } from '@adobe/react-spectrum'

/** A failed save as the form shows it. */
export interface FormSaveErrorState {
  title: string
  message: string
  /** Server field details that have no input of their own (shown as a list). */
  details: readonly string[]
  /** Offered on 409 STALE_UPDATE: discard the typed changes and load the server's version. */
  onLoadCurrent?: () => void
}

/**
 * The negative InlineAlert next to Save after a failed save: what failed, that the typed input is
 * kept, any details without a field, and on a stale edit the button "Load the current version".
 * All text is rendered as plain text.
 */
export function FormSaveError({ error }: { error: FormSaveErrorState }) {
  return (
    <InlineAlert variant="negative" marginTop="size-200" maxWidth="size-6000">
      <Heading level={3}>{error.title}</Heading>
      <Content>
        {error.message} Your input is kept.
        {error.details.length > 0 && (
          <ul>
            {error.details.map((d) => <li key={d}>{d}</li>)}
          </ul>
        )}
        {error.onLoadCurrent && (
          <Button variant="secondary" marginTop="size-150" onPress={error.onLoadCurrent}>
            Load the current version
          </Button>
        )}
      </Content>
    </InlineAlert>
  )
}

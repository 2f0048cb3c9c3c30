import { Content, Heading, InlineAlert } from '@adobe/react-spectrum'

/** A failed save: the server's message plus field details that could not be placed on a row. */
export interface SaveError {
  message: string
  details: readonly string[]
}

/**
 * Negative InlineAlert shown next to the dialog buttons after a failed save. It says what failed and
 * that nothing typed was lost; all text is rendered as plain text.
 */
export function SaveErrorAlert({ error }: { error: SaveError }) {
  return (
    <InlineAlert variant="negative" marginTop="size-200">
      <Heading level={3}>Could not save</Heading>
      <Content>
        {error.message} Your input is kept; fix what is marked and select Save again.
        {error.details.length > 0 ? (
          <ul>
            {error.details.map((d) => <li key={d}>{d}</li>)}
          </ul>
        ) : null}
      </Content>
    </InlineAlert>
  )
}

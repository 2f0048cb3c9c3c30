import { Content, Heading, InlineAlert } from '@adobe/react-spectrum'

/** A failed save as the form shows it. */
export interface FormSaveErrorState {
  title: string
  message: string
  /** Server field details that have no input of their own (shown as a list). */
  details: readonly string[]
}

/**
 * The negative InlineAlert next to Save after a failed save: what failed, that the typed input is
 * kept and any details without a field (a stale edit is reviewed by `VersionConflictReview`).
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
      </Content>
    </InlineAlert>
  )
}

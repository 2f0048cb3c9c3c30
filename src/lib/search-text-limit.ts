import { useState } from 'react'
import { SEARCH_MAX_LENGTH } from '../api/schemas/paging'

const count = (n: number) => n.toLocaleString('en-US')

/** The field's error for a search text of `length` characters (over `SEARCH_MAX_LENGTH`). */
export function searchTooLongMessage(length: number): string {
  return `Use at most ${count(SEARCH_MAX_LENGTH)} characters to search (this text has ${count(length)}).`
}

/**
 * The `search` parameter for what is in a search box: the trimmed text, or null when it is longer
 * than the server accepts (`SEARCH_MAX_LENGTH` characters, after trimming), so it must not be sent.
 */
export function searchTextToSend(text: string): string | null {
  const trimmed = text.trim()
  return trimmed.length <= SEARCH_MAX_LENGTH ? trimmed : null
}

/** What a search box gets while its text is over the limit: Spectrum's invalid state and the message. */
export interface SearchLimitFieldProps {
  validationState: 'invalid' | undefined
  errorMessage: string | undefined
}

/**
 * The length limit of a search box, for any Spectrum `SearchField` / `ComboBox` whose text goes to a
 * list endpoint's `search` parameter. Give it the box's text as typed (never cut: the user keeps what
 * they typed or pasted) and use:
 * - `search`: the trimmed text to send, or null while it is over `SEARCH_MAX_LENGTH` (send nothing);
 * - `lastSearch`: the trimmed text to keep sending/showing results for: `search`, or while over the
 *   limit the last text that fitted ('' if none did), so the previous results stay on screen. Feed it
 *   to the debounce (e.g. `useDebouncedValue(limit.lastSearch, ms)`) instead of the raw text;
 * - `fieldProps`: spread on the field (`validationState` + `errorMessage` "Use at most 1,000 characters to
 *   search (this text has N).").
 * A box with its own errors merges them: `validationState={search === null || failed ? 'invalid' : undefined}`.
 */
export function useSearchTextLimit(text: string): { search: string | null; lastSearch: string; fieldProps: SearchLimitFieldProps } {
  const search = searchTextToSend(text)
  const [lastFitting, setLastFitting] = useState(search ?? '')
  if (search !== null && search !== lastFitting) setLastFitting(search)
  return {
    search,
    lastSearch: search ?? lastFitting,
    fieldProps: search === null
      ? { validationState: 'invalid', errorMessage: searchTooLongMessage(text.trim().length) }
      : { validationState: undefined, errorMessage: undefined },
  }
}

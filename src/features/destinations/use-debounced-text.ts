import { useEffect, useRef, useState } from 'react'

/**
 * Local text for a search box whose committed value lives elsewhere (the URL). Typing updates the
 * box at once and calls `onCommit` after `delayMs` of quiet (250 ms by default); a value that
 * changes from outside (browser Back) replaces the box's text, but our own commit landing never
 * overwrites what the user typed meanwhile.
 */
export function useDebouncedText(value: string, onCommit: (text: string) => void, delayMs = 250) {
  const [text, setText] = useState(value)
  const [seen, setSeen] = useState(value)
  const [committed, setCommitted] = useState(value)
  const timer = useRef<number | undefined>(undefined)

  if (value !== seen) {
    setSeen(value)
    if (value !== committed) {
      setText(value)
      setCommitted(value)
    }
  }

  useEffect(() => () => window.clearTimeout(timer.current), [])

  function commit(next: string) {
    window.clearTimeout(timer.current)
    setCommitted(next)
    onCommit(next)
  }

  function onChange(next: string) {
    setText(next)
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => commit(next), delayMs)
  }

  return { text, onChange, commit }
}

/**
 * Text that a table cell may cut off with an ellipsis; the full text stays available on hover
 * (`title`) and to assistive technology (it is the element's text). Renders plain text, never HTML.
 */
export function TruncatedText({ children }: { children: string | null | undefined }) {
  const text = children ?? ''
  return <span title={text}>{text}</span>
}

import type { ReactNode } from 'react'

/** One row of a read-only label/value list. */
export interface LabelValue {
  label: string
  value: ReactNode
}

/**
 * A read-only list of labels and values as a `<dl>` (roles `term` / `definition`), laid out in two
 * columns like AAM's Basic Information panel. Values are rendered as text, never HTML.
 */
export function LabelValueList({ items }: { items: LabelValue[] }) {
  return (
    <dl
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(10rem, max-content) 1fr',
        columnGap: 'var(--spectrum-global-dimension-size-300)',
        rowGap: 'var(--spectrum-global-dimension-size-100)',
        margin: 0,
      }}
    >
      {items.map((item) => (
        <div key={item.label} style={{ display: 'contents' }}>
          <dt style={{ fontWeight: 'bold' }}>{item.label}</dt>
          <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{item.value}</dd>
        </div>
      ))}
    </dl>
  )
}

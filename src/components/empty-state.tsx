import { Content, Heading, IllustratedMessage } from '@adobe/react-spectrum'
import type { ReactNode } from 'react'

interface EmptyStateProps {
  heading: string
  /** What the user can try next. */
  children?: ReactNode
  /** Heading level; 2 on a page under its h1, 3 inside a section. */
  level?: 2 | 3 | 4
}

/** An empty list or result: a heading plus a hint, in Spectrum's IllustratedMessage. */
export function EmptyState({ heading, children, level = 2 }: EmptyStateProps) {
  return (
    <IllustratedMessage>
      <Heading level={level}>{heading}</Heading>
      {children && <Content>{children}</Content>}
    </IllustratedMessage>
  )
}

import { Flex, Heading, View } from '@adobe/react-spectrum'
import type { ReactNode } from 'react'

interface PageHeaderProps {
  /** The page's h1, rendered as plain text. */
  title: string
  /** Shown above the title (e.g. Breadcrumbs). */
  above?: ReactNode
  /** Page-level actions, right-aligned. */
  actions?: ReactNode
}

/** The top of a page: optional breadcrumbs, the h1 and the page's actions. */
export function PageHeader({ title, above, actions }: PageHeaderProps) {
  return (
    <View marginBottom="size-200">
      {above}
      <Flex justifyContent="space-between" alignItems="start" gap="size-200" wrap>
        <Heading level={1} margin={0} UNSAFE_style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Heading>
        {actions && <Flex gap="size-150" alignItems="center" wrap>{actions}</Flex>}
      </Flex>
    </View>
  )
}

import { Button, Flex, Text } from '@adobe/react-spectrum'

interface DestinationPagerProps {
  /** 1-based page shown. */
  page: number
  pageCount: number
  total: number
  onPageChange: (page: number) => void
}

/** "Page X of Y" with "Previous" / "Next" buttons, in a navigation landmark named "Pagination". */
export function DestinationPager({ page, pageCount, total, onPageChange }: DestinationPagerProps) {
  return (
    <nav aria-label="Pagination">
      <Flex gap="size-200" alignItems="center" marginTop="size-200" wrap>
        <Button variant="secondary" isDisabled={page <= 1} onPress={() => onPageChange(Math.max(1, Math.min(page - 1, pageCount)))}>
          Previous
        </Button>
        <Text>
          Page {page} of {pageCount}
        </Text>
        <Button variant="secondary" isDisabled={page >= pageCount} onPress={() => onPageChange(page + 1)}>
          Next
        </Button>
        <Text>{total === 1 ? '1 destination' : `${total} destinations`}</Text>
      </Flex>
    </nav>
  )
}

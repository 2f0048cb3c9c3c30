import { Flex, ProgressCircle } from '@adobe/react-spectrum'

/** An indeterminate spinner named "Loading" (`progressbar "Loading"`), centred in its area. */
export function LoadingState({ label = 'Loading' }: { label?: string }) {
  return (
    <Flex justifyContent="center" alignItems="center" minHeight="size-2000">
      <ProgressCircle aria-label={label} isIndeterminate />
    </Flex>
  )
}

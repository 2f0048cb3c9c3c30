import { Button, Flex, Text, type SpectrumButtonProps } from '@adobe/react-spectrum'
import { useId } from 'react'

type GuardedButtonProps = Omit<SpectrumButtonProps, 'isDisabled'> & {
  /** Why the action is unavailable; null or undefined enables the button. */
  reason?: string | null
}

/**
 * A Spectrum Button that, when it cannot be used, is disabled AND says why in visible text next to
 * it. A disabled button cannot take focus, so the reason is plain text (also wired as the button's
 * `aria-describedby`, so tests and screen readers read it as the button's description).
 */
export function GuardedButton({ reason, ...buttonProps }: GuardedButtonProps) {
  const reasonId = useId()
  if (!reason) return <Button {...buttonProps} />
  return (
    <Flex gap="size-100" alignItems="center" wrap>
      <Button {...buttonProps} isDisabled aria-describedby={reasonId} />
      <Text id={reasonId} UNSAFE_style={{ fontSize: 'var(--spectrum-global-dimension-font-size-75)', maxWidth: '36ch' }}>
        {reason}
      </Text>
    </Flex>
  )
}

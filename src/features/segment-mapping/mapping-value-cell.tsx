import { Badge, Flex } from '@adobe/react-spectrum'
import { TruncatedText } from '../../components/truncated-text'

/**
 * The content of the Mapping cell: the stored value (plain text, may be cut off) and, when the
 * destination's current auto-fill rule gives another value, a badge "Differs from auto-fill" with
 * that value in words.
 */
export function MappingValueCell({ value, autoFillValue }: { value: string; autoFillValue: string | null }) {
  if (autoFillValue === null) return <TruncatedText>{value}</TruncatedText>
  return (
    <Flex gap="size-75" alignItems="center" minWidth={0}>
      <TruncatedText>{value}</TruncatedText>
      <Badge variant="yellow" UNSAFE_style={{ whiteSpace: 'nowrap' }}>
        <TruncatedText>{`Differs from auto-fill (${autoFillValue})`}</TruncatedText>
      </Badge>
    </Flex>
  )
}

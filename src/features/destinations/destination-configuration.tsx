import { Heading, View } from '@adobe/react-spectrum'
import type { Destination } from '../../api/schemas'
import { LabelValueList, type LabelValue } from '../../components/label-value-list'

const PUBLISH_TO_TEXT: Record<string, string> = {
  all_domains: 'All of our domains',
  inclusion: 'Only the selected domains',
  exclusion: 'All of our domains except the selected domains',
}

function urlItems(d: Destination): LabelValue[] {
  const serialized = Boolean(d.serializationEnabled)
  const items: LabelValue[] = [{ label: 'Serialize', value: serialized ? 'Enabled' : 'Disabled' }]
  if (!serialized) return [...items, { label: 'URLs', value: 'Each segment mapping carries its own URL and Secure URL.' }]
  return [
    ...items,
    { label: 'Base URL', value: d.urlFormatString || 'Not set' },
    { label: 'Secure URL', value: d.secureUrlFormatString || 'Not set' },
    { label: 'Delimiter', value: d.delimiter || 'Not set' },
  ]
}

function cookieItems(d: Destination): LabelValue[] {
  const singleKey = d.formatType === 'single_key'
  const publishTo = (d.domainRestrictions ?? 'all_domains').toLowerCase()
  const items: LabelValue[] = [
    { label: 'Cookie Name', value: d.cookieName || 'Not set' },
    { label: 'Data Format', value: singleKey ? 'Single key' : d.formatType === 'key_value' ? 'Multi key' : 'Not set' },
  ]
  if (singleKey) items.push({ label: 'Key', value: d.singleKey || 'Not set' })
  items.push(
    { label: 'Key Separator', value: d.keySeparator || 'Not set' },
    { label: 'Value Separator', value: d.valueSeparator || 'Not set' },
    { label: 'Serialize', value: d.serializationEnabled ? `Enabled (delimiter ${d.serializationSeparator || 'not set'})` : 'Disabled' },
    { label: 'Cookie Domain', value: d.cnameDomain || 'All domains' },
    {
      label: 'Publish Data To',
      value: `${PUBLISH_TO_TEXT[publishTo] ?? publishTo}${d.siteIDs?.length ? ` (site IDs ${d.siteIDs.join(', ')})` : ''}`,
    },
  )
  return items
}

/**
 * The read-only "Configuration" section of URL (PUSH) and cookie (ADS) destinations, in AAM's
 * words (aam-reference 2.3.3 and 2.3.4). Other types have no configuration section: renders nothing.
 */
export function DestinationConfiguration({ destination }: { destination: Destination }) {
  const items =
    destination.destinationType === 'PUSH' ? urlItems(destination) : destination.destinationType === 'ADS' ? cookieItems(destination) : null
  if (!items) return null
  return (
    <View elementType="section" aria-labelledby="destination-configuration" marginBottom="size-400">
      <Heading level={2} id="destination-configuration">
        Configuration
      </Heading>
      <LabelValueList items={items} />
    </View>
  )
}

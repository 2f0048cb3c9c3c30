import { Heading, View, Well } from '@adobe/react-spectrum'
import { AUTO_FILL_TEXT, DATA_EXPORT_LABEL_TEXT, type Destination } from '../../api/schemas'
import { LabelValueList, type LabelValue } from '../../components/label-value-list'
import { formatEpochDay } from '../../lib/dates'
import { categoryText, platformText, typeText } from './destination-text'

function basicItems(d: Destination): LabelValue[] {
  const items: LabelValue[] = [
    { label: 'Destination ID', value: String(d.destinationId) },
    { label: 'Name', value: d.name },
    { label: 'Description', value: d.description || 'No description' },
    { label: 'Category', value: categoryText(d) },
    { label: 'Type', value: typeText(d) },
    { label: 'Platform', value: platformText(d) || 'None' },
    { label: 'Auto-fill Destination Mapping', value: AUTO_FILL_TEXT[d.autoFillMapping] },
  ]
  if (d.partner === 'LIVERAMP') items.push({ label: 'LiveRamp Client Name', value: d.clientName || 'Not set' })
  const modified = formatEpochDay(d.updateTime)
  if (modified) items.push({ label: 'Last Modified', value: `${modified} (UTC)` })
  return items
}

/**
 * The read-only "Basic Information" and "Data Export Labels" sections of the details page
 * (product spec 2.2), as label/value lists. Every value is rendered as text.
 */
export function DestinationBasicInfo({ destination }: { destination: Destination }) {
  const labels = destination.dataExportLabels
  return (
    <>
      <View elementType="section" aria-labelledby="destination-basic-information" marginBottom="size-400">
        <Well>
          <Heading level={2} id="destination-basic-information" marginTop={0}>
            Basic Information
          </Heading>
          <LabelValueList items={basicItems(destination)} />
        </Well>
      </View>
      <View elementType="section" aria-labelledby="destination-data-export-labels" marginBottom="size-400">
        <Heading level={2} id="destination-data-export-labels">
          Data Export Labels
        </Heading>
        {labels.length === 0 ? (
          <p>None</p>
        ) : (
          <ul>
            {labels.map((label) => (
              <li key={label}>{DATA_EXPORT_LABEL_TEXT[label]}</li>
            ))}
          </ul>
        )}
      </View>
    </>
  )
}

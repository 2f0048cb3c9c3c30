import { Heading, Text, View } from '@adobe/react-spectrum'
import { useQuery } from '@tanstack/react-query'
import { DATA_EXPORT_CONTROL_TEXT, DATA_EXPORT_LABEL_TEXT, type Destination } from '../../api/schemas'
import { segmentQueries } from '../../api/segments'
import { ErrorState } from '../../components/error-state'
import { useCurrentUser } from '../session/use-current-user'

const HEADING_ID = 'data-export-controls'

/**
 * "Data sources with Data Export Controls" (admins only, read-only; aam-reference 4): every data
 * source with its controls in AAM's wording, each control that matches one of this destination's
 * labels marked as blocking. Renders nothing for users who are not admins.
 */
export function DataExportControlsSection({ destination }: { destination: Destination }) {
  const { data: user } = useCurrentUser()
  const isAdmin = user?.isAdmin === true
  const sources = useQuery({ ...segmentQueries.dataSources(), enabled: isAdmin })
  if (!isAdmin) return null
  const labels = destination.dataExportLabels ?? []

  return (
    <View elementType="section" aria-labelledby={HEADING_ID} marginTop="size-400">
      <Heading level={2} id={HEADING_ID}>
        Data sources with Data Export Controls
      </Heading>
      <Text>
        Visible to admins only. A segment cannot be mapped here when a data source of its traits or of its merge
        rule has a control that matches one of this destination's Data Export Labels.
      </Text>
      {sources.isLoadingError ? (
        <ErrorState title="Could not load data sources" level={3} error={sources.error} onRetry={() => void sources.refetch()} />
      ) : !sources.data ? (
        <Text>Loading data sources…</Text>
      ) : (
        <ul aria-labelledby={HEADING_ID}>
          {sources.data.map((source) => (
            <li key={source.dataSourceId}>
              <Text UNSAFE_style={{ fontWeight: 'bold' }}>
                {source.name} (ID {source.dataSourceId})
              </Text>
              {source.dataExportRestrictions.length === 0 ? (
                <Text>: No Data Export Controls</Text>
              ) : (
                <ul aria-label={`Data Export Controls of ${source.name}`}>
                  {source.dataExportRestrictions.map((control) => (
                    <li key={control}>
                      {DATA_EXPORT_CONTROL_TEXT[control]}
                      {labels.includes(control) && ` (blocks this destination's label "${DATA_EXPORT_LABEL_TEXT[control]}")`}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </View>
  )
}

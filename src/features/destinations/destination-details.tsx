import { Breadcrumbs, Item } from '@adobe/react-spectrum'
import { useInfiniteQuery } from '@tanstack/react-query'
import { destinationQueries } from '../../api/destinations'
import type { Destination } from '../../api/schemas'
import { PageHeader } from '../../components/page-header'
import { SegmentMappingsSection } from '../segment-mapping/segment-mappings-section'
import { useCurrentUser } from '../session/use-current-user'
import { DataExportControlsSection } from './data-export-controls-section'
import { DeleteDestinationButton } from './delete-destination-button'
import { DestinationBasicInfo } from './destination-basic-info'
import { DestinationConfiguration } from './destination-configuration'
import { EditDestinationButton } from './edit-destination-button'
import { ReapplyAutoFillSection } from './reapply-auto-fill-section'

/**
 * A loaded destination (product spec 2.2): breadcrumbs back to "Destinations", the h1 with its
 * name, "Edit", "Delete", the read-only sections, the "Segment Mappings" section and, for admins,
 * the data sources with their Data Export Controls. "Re-apply auto-fill" needs every mapping, so it
 * waits until the mapping table's first page (started by the route loader) has settled: the full
 * list never competes with the first rows.
 */
export function DestinationDetails({ destination }: { destination: Destination }) {
  const { data: user } = useCurrentUser()
  // Watches the table's first page without fetching it (the loader and the table do).
  const firstPage = useInfiniteQuery({ ...destinationQueries.mappingPages(destination.destinationId), enabled: false })
  const firstRowsSettled = firstPage.isSuccess || firstPage.isError
  return (
    <>
      <PageHeader
        title={destination.name}
        above={
          <Breadcrumbs aria-label="Breadcrumbs" marginBottom="size-100">
            <Item key="destinations" href="/destinations">
              Destinations
            </Item>
            <Item key="current">{destination.name}</Item>
          </Breadcrumbs>
        }
        actions={
          <>
            <EditDestinationButton destination={destination} user={user} />
            <DeleteDestinationButton destination={destination} user={user} />
          </>
        }
      />
      <DestinationBasicInfo destination={destination} />
      <DestinationConfiguration destination={destination} />
      {firstRowsSettled ? <ReapplyAutoFillSection destination={destination} /> : null}
      <SegmentMappingsSection destination={destination} />
      <DataExportControlsSection destination={destination} />
    </>
  )
}

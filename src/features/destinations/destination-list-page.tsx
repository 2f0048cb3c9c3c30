import { Flex, SearchField, Text } from '@adobe/react-spectrum'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { destinationQueries } from '../../api/destinations'
import { ErrorState } from '../../components/error-state'
import { GuardedButton } from '../../components/guarded-button'
import { PageHeader } from '../../components/page-header'
import { hasPermission } from '../../domain/permissions'
import { searchTextToSend, useSearchTextLimit } from '../../lib/search-text-limit'
import { useCurrentUser } from '../session/use-current-user'
import { DestinationCategoryTabs } from './destination-category-tabs'
import { BulkDeleteButton, type SelectedDestination } from './bulk-delete-button'
import { createDestinationReason } from './destination-rules'
import { toDestinationListParams, type DestinationListSearch } from './destination-list-search'
import { DestinationPager } from './destination-pager'
import { DestinationTable } from './destination-table'
import { useDebouncedText } from './use-debounced-text'

interface DestinationListPageProps {
  /** The parsed URL search (see `destinationListSearchSchema`). */
  search: DestinationListSearch
  /** Merges `patch` into the URL search; `replace` for typing, a new history entry otherwise. */
  onSearchChange: (patch: Partial<DestinationListSearch>, options?: { replace?: boolean }) => void
  /** "Create Destination" (enabled with CREATE_DESTINATIONS): opens `/destinations/new`. */
  onCreate: () => void
}

/**
 * The destination list (product spec 2.1): h1 "Destinations", "Create Destination", category tabs,
 * "Search destinations", the server-paged and server-sorted table and the pager. All view state
 * comes from and goes to the URL through `search` / `onSearchChange`; the next page is prefetched
 * once the current one is shown. With DELETE_ALL_DESTINATIONS,
 * rows without mappings can be selected and deleted together ("Delete Selected"). A search text
 * over the server's limit (`SEARCH_MAX_LENGTH`) is kept in the box and flagged there, and not sent.
 */
export function DestinationListPage({ search, onSearchChange, onCreate }: DestinationListPageProps) {
  const { data: user } = useCurrentUser()
  const params = toDestinationListParams(search)
  const list = useQuery(destinationQueries.list(params))
  // The bulk-delete selection belongs to the rows on screen: a new page, search or tab clears it.
  const paramsKey = JSON.stringify(params)
  const [selection, setSelection] = useState<{ paramsKey: string; selected: SelectedDestination[] }>({ paramsKey, selected: [] })
  const selected = selection.paramsKey === paramsKey ? selection.selected : []
  const canBulkDelete = hasPermission(user, 'DELETE_ALL_DESTINATIONS')
  function select(keys: Set<number>) {
    const known = new Map([...selected, ...(list.data?.list ?? [])].map((d) => [d.destinationId, d.name] as const))
    setSelection({ paramsKey, selected: [...keys].map((destinationId) => ({ destinationId, name: known.get(destinationId) ?? '' })) })
  }
  // Text over the server's search limit stays in the box, flagged, and is not sent: the URL (and the
  // rows on screen) keep the last search that fitted.
  const searchBox = useDebouncedText(search.q, (q) => {
    if (searchTextToSend(q) !== null) onSearchChange({ q, page: 1 }, { replace: true })
  })
  const searchLimit = useSearchTextLimit(searchBox.text)

  const total = list.data?.total ?? 0
  const pageCount = Math.max(1, Math.ceil(total / params.pageSize))
  // Once this page is shown, the next one is fetched ahead so "Next" is instant.
  const queryClient = useQueryClient()
  const nextPage = list.isSuccess && !list.isPlaceholderData && search.page < pageCount ? search.page + 1 : null
  useEffect(() => {
    if (nextPage !== null) void queryClient.prefetchQuery(destinationQueries.list(toDestinationListParams({ ...search, page: nextPage })))
  }, [nextPage, search, queryClient])
  const emptyHint =
    total > 0
      ? `Page ${search.page} is past the last page (${pageCount}). Go back to page 1.`
      : search.q.trim()
        ? 'Try another search term (name, description or ID), or another tab.'
        : 'Try another tab or filter.'

  return (
    <>
      <PageHeader
        title="Destinations"
        actions={
          <GuardedButton variant="accent" reason={createDestinationReason(user)} onPress={onCreate}>
            Create Destination
          </GuardedButton>
        }
      />
      <Flex direction="column" gap="size-200">
        <SearchField
          label="Search destinations"
          description="Matches name, description and ID."
          width="size-4600"
          maxWidth="100%"
          value={searchBox.text}
          {...searchLimit.fieldProps}
          onChange={searchBox.onChange}
          onSubmit={searchBox.commit}
          onClear={() => searchBox.commit('')}
        />
        <DestinationCategoryTabs
          tab={search.tab}
          type={search.type}
          onTabChange={(tab) => onSearchChange({ tab, type: 'any', page: 1 })}
          onTypeChange={(type) => onSearchChange({ type, page: 1 })}
        >
          {list.isLoadingError ? (
            <ErrorState title="Could not load destinations" error={list.error} onRetry={() => void list.refetch()} />
          ) : (
            <>
              {canBulkDelete && (
                <Flex gap="size-200" alignItems="center" wrap>
                  <BulkDeleteButton selected={selected} onDeleted={() => setSelection({ paramsKey, selected: [] })} />
                  {selected.length > 0 && <Text>{selected.length} selected</Text>}
                </Flex>
              )}
              <DestinationTable
                destinations={list.data?.list ?? []}
                selection={
                  canBulkDelete ? { selectedKeys: new Set(selected.map((d) => d.destinationId)), onSelectionChange: select } : undefined
                }
                sort={search.sort}
                onSortChange={(sort) => onSearchChange({ sort, page: 1 })}
                loadingState={list.isPending ? 'loading' : list.isPlaceholderData ? 'filtering' : 'idle'}
                emptyHint={emptyHint}
              />
              <DestinationPager
                page={search.page}
                pageCount={pageCount}
                total={total}
                onPageChange={(page) => onSearchChange({ page })}
              />
            </>
          )}
        </DestinationCategoryTabs>
      </Flex>
    </>
  )
}

import { View } from '@adobe/react-spectrum'
import { lazy, Suspense, useRef, type Key, type ReactNode } from 'react'
import { useTab, useTabList, useTabPanel } from 'react-aria'
import { Item, useTabListState, type TabListState } from 'react-stately'
import type { DestinationTab, PlatformTypeFilter } from './destination-list-search'
import styles from './destination-category-tabs.module.css'

const PlatformTypeRadios = lazy(() => import('./platform-type-radios'))

const TABS: { key: DestinationTab; label: string }[] = [
  { key: 'all', label: 'All' },
  { key: 'adobe', label: 'Adobe Experience Cloud' },
  { key: 'integrated', label: 'Integrated Platforms' },
  { key: 'custom', label: 'Custom' },
]

interface DestinationCategoryTabsProps {
  tab: DestinationTab
  type: PlatformTypeFilter
  onTabChange: (tab: DestinationTab) => void
  onTypeChange: (type: PlatformTypeFilter) => void
  /** The list shown in the selected tab's panel. */
  children: ReactNode
}

/**
 * Tabs "All", "Adobe Experience Cloud", "Integrated Platforms", "Custom" (tablist "Destination
 * categories"), with the selected tab's panel below. Under "Integrated Platforms" a radio group
 * "Integrated platform type" narrows to "Device-Based" or "People-Based" (loaded with that tab).
 *
 * Built on React Aria's tab hooks (`useTabList`, `useTab`, `useTabPanel`: the WAI-ARIA tabs pattern
 * with arrow keys, Home/End and automatic activation) rather than Spectrum's `Tabs`, whose
 * collapse-into-a-picker machinery would add ~12 KB gzip to the first screen; when the tabs do not
 * fit, the tab list scrolls sideways instead. Looks: `destination-category-tabs.module.css`.
 */
export function DestinationCategoryTabs({ tab, type, onTabChange, onTypeChange, children }: DestinationCategoryTabsProps) {
  const props = {
    'aria-label': 'Destination categories',
    items: TABS,
    selectedKey: tab,
    onSelectionChange: (key: Key | null) => { if (key !== null && key !== tab) onTabChange(key as DestinationTab) },
    children: (item: (typeof TABS)[number]) => <Item key={item.key}>{item.label}</Item>,
  }
  const state = useTabListState(props)
  const listRef = useRef<HTMLDivElement>(null)
  const { tabListProps } = useTabList(props, state, listRef)

  return (
    <div>
      <div {...tabListProps} ref={listRef} className={styles.tabList}>
        {TABS.map((t) => <CategoryTab key={t.key} tabKey={t.key} label={t.label} state={state} />)}
      </div>
      <CategoryPanel state={state}>
        <View paddingTop="size-150">
          {/* The placeholder is the radio group's height while its code loads, so the list below does not move. */}
          {tab === 'integrated' && (
            <Suspense fallback={<div className={styles.filterPlaceholder} />}>
              <PlatformTypeRadios value={type} onChange={onTypeChange} />
            </Suspense>
          )}
          {children}
        </View>
      </CategoryPanel>
    </div>
  )
}

function CategoryTab({ tabKey, label, state }: { tabKey: DestinationTab; label: string; state: TabListState<object> }) {
  const ref = useRef<HTMLDivElement>(null)
  const { tabProps } = useTab({ key: tabKey }, state, ref)
  return <div {...tabProps} ref={ref} className={styles.tab}>{label}</div>
}

function CategoryPanel({ state, children }: { state: TabListState<object>; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const { tabPanelProps } = useTabPanel({}, state, ref)
  return <div {...tabPanelProps} ref={ref}>{children}</div>
}

import { Item, Radio, RadioGroup, TabList, TabPanels, Tabs, View } from '@adobe/react-spectrum'
import type { ReactNode } from 'react'
import type { DestinationTab, PlatformTypeFilter } from './destination-list-search'

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
 * categories"). Under "Integrated Platforms" a radio group "Integrated platform type" narrows to
 * "Device-Based" or "People-Based".
 */
export function DestinationCategoryTabs({ tab, type, onTabChange, onTypeChange, children }: DestinationCategoryTabsProps) {
  return (
    <Tabs aria-label="Destination categories" selectedKey={tab} onSelectionChange={(key) => onTabChange(key as DestinationTab)}>
      <TabList>
        {TABS.map((t) => (
          <Item key={t.key}>{t.label}</Item>
        ))}
      </TabList>
      <TabPanels>
        {TABS.map((t) => (
          <Item key={t.key}>
            <View paddingTop="size-150">
              {t.key === 'integrated' && (
                <RadioGroup
                  label="Integrated platform type"
                  orientation="horizontal"
                  value={type}
                  onChange={(value) => onTypeChange(value as PlatformTypeFilter)}
                >
                  <Radio value="any">All types</Radio>
                  <Radio value="device-based">Device-Based</Radio>
                  <Radio value="people-based">People-Based</Radio>
                </RadioGroup>
              )}
              {children}
            </View>
          </Item>
        ))}
      </TabPanels>
    </Tabs>
  )
}

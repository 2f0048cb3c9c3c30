import { Collection, Text, TreeView, TreeViewItem, TreeViewItemContent } from '@adobe/react-spectrum'
import type { Key, Selection } from '@adobe/react-spectrum'
import { memo } from 'react'
import type { SegmentFolder } from '../../api/schemas'

interface SegmentFolderTreeProps {
  /** The tree from `segmentQueries.folders()`: root "All Segments" first. */
  folders: readonly SegmentFolder[]
  selectedFolderId: number
  onSelect: (folderId: number) => void
}

function renderFolder(folder: SegmentFolder) {
  return (
    <TreeViewItem id={String(folder.folderId)} textValue={folder.name}>
      <TreeViewItemContent>
        <Text>{folder.name}</Text>
      </TreeViewItemContent>
      <Collection items={folder.subFolders}>{renderFolder}</Collection>
    </TreeViewItem>
  )
}

/**
 * The segment storage folders as a TreeView "Segment folders" (single selection, highlight style).
 * Choosing a folder calls `onSelect(folderId)`; the list then shows it and its subfolders.
 * Memoized: it re-renders only when the folders, the selection or `onSelect` change.
 */
export const SegmentFolderTree = memo(function SegmentFolderTree({ folders, selectedFolderId, onSelect }: SegmentFolderTreeProps) {
  const onSelectionChange = (keys: Selection) => {
    if (keys === 'all') return
    const [first] = keys as Set<Key>
    if (first !== undefined) onSelect(Number(first))
  }
  return (
    <TreeView
      aria-label="Segment folders"
      items={folders}
      defaultExpandedKeys={folders.map((f) => String(f.folderId))}
      selectionMode="single"
      selectionStyle="highlight"
      disallowEmptySelection
      selectedKeys={[String(selectedFolderId)]}
      onSelectionChange={onSelectionChange}
      width="size-3000"
      height="100%"
      minHeight="size-3000"
    >
      {renderFolder}
    </TreeView>
  )
})

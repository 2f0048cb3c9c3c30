import taxonomyTsv from './iab-audience-taxonomy-1.1.tsv?raw'

/**
 * One node of the IAB Tech Lab Audience Taxonomy 1.1 (CC BY 3.0, see NOTICE):
 * `id` / `parentId` are the taxonomy's "Unique ID" / "Parent ID" (parent null for tier 1),
 * `name` is the node's own (last) tier name, `tiers` the full path of tier names.
 */
export interface TaxonomyNode {
  id: number
  parentId: number | null
  name: string
  tiers: string[]
  children: TaxonomyNode[]
}

/** Tier names lose the taxonomy's trailing `*` marker ("Purchase Intent*" becomes "Purchase Intent"). */
function cleanName(name: string): string {
  return name.trim().replace(/\*+$/, '').trim()
}

let cached: TaxonomyNode[] | null = null

/**
 * Parses the bundled TSV (columns: empty, Unique ID, Parent ID, Condensed Name, Tier 1-6, Notes) into
 * root nodes in file order. Extension placeholders (a name starting with `*`) are skipped together
 * with anything below them. Parsed once, then cached.
 */
export function taxonomyRoots(): TaxonomyNode[] {
  if (cached) return cached
  const byId = new Map<number, TaxonomyNode>()
  const roots: TaxonomyNode[] = []
  const lines = taxonomyTsv.split(/\r?\n/).slice(1)
  for (const line of lines) {
    if (!line.trim()) continue
    const cols = line.split('\t')
    const id = Number(cols[1])
    const parentId = cols[2] ? Number(cols[2]) : null
    const rawTiers = cols.slice(4, 10).filter((t) => t.trim() !== '')
    const own = rawTiers[rawTiers.length - 1] ?? ''
    if (!Number.isInteger(id) || own.trim().startsWith('*')) continue
    const node: TaxonomyNode = { id, parentId, name: cleanName(own), tiers: rawTiers.map(cleanName), children: [] }
    if (parentId === null) {
      roots.push(node)
    } else {
      const parent = byId.get(parentId)
      if (!parent) continue // parent was a skipped placeholder
      parent.children.push(node)
    }
    byId.set(id, node)
  }
  cached = roots
  return roots
}

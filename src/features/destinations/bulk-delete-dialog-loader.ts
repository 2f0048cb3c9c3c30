import { onDemand } from '../session/on-demand'

/**
 * The module of the "Delete destinations" confirmation (`bulk-delete-dialog.tsx`), fetched on demand
 * by "Delete Selected" (`bulk-delete-button.tsx`), so the destination list's first screen does not
 * load Spectrum's `AlertDialog`.
 */
export const bulkDeleteDialog = /* @__PURE__ */ onDemand(() => import('./bulk-delete-dialog'))

/**
 * Version of the stored demo data; bump when its shape changes so old IndexedDB data is reseeded.
 * 2: stored in two parts, the catalog (`aam-demo-catalog`) apart from what writes change (`aam-demo-db`).
 */
export const DEMO_DB_VERSION = 2

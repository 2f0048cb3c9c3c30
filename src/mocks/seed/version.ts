/** Version of the stored demo state; bump when its shape changes so old IndexedDB data is reseeded. */
export const DEMO_DB_VERSION = 1

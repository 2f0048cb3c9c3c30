/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the AAM-shaped API; empty means the app's own origin. */
  readonly VITE_API_BASE_URL?: string
}
interface ImportMeta {
  readonly env: ImportMetaEnv
}

/**
 * A module fetched with `import()` the first time it is needed, so what it holds (a dialog and the
 * Spectrum components only it uses) stays out of the first screen's JavaScript and CSS.
 * - `load()` starts the import once and resolves to the module; after a failure (a chunk that did
 *   not arrive) the next call tries again. Callers show the error next to the action.
 * - `loaded()` is the module once it arrived, else undefined, for rendering after `load()`.
 *
 * Create it once, at module level. For demo-only modules see `demo-dialogs.ts`: the import itself
 * must sit behind the demo test spelled out, or a production build still emits its chunk.
 */
export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let module: T | undefined
  let pending: Promise<T> | undefined
  return {
    load() {
      pending ??= importer().then(
        (value) => (module = value),
        (error: unknown) => {
          pending = undefined
          throw error
        },
      )
      return pending
    },
    loaded: () => module,
  }
}

/** What `onDemand` returns. */
export interface OnDemand<T> {
  /** Imports the module (once; again after a failure). Rejects with the import's error. */
  load(): Promise<T>
  /** The module once `load()` resolved, else undefined. */
  loaded(): T | undefined
}

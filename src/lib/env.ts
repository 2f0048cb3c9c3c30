/**
 * True when the app runs on the in-browser demo backend: the dev server and the `demo` build mode.
 * A production build (`vite build`) talks to a live backend and carries no demo code.
 */
export const DEMO_MODE: boolean = import.meta.env.DEV || import.meta.env.MODE === 'demo'

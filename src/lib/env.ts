/**
 * True when the app runs on the in-browser demo backend: the dev server and the `demo` build mode.
 * A production build (`vite build`) talks to a live backend and carries no demo code
 * (scripts/check-production-build.sh checks it). There the bundler inlines `false` into every
 * module that imports this and drops the code behind `DEMO_MODE ? … : …` or `if (DEMO_MODE)`, but
 * only after it has decided the chunks: a demo-only `import()` must test
 * `import.meta.env.DEV || import.meta.env.MODE === 'demo'` itself (as src/main.tsx and
 * features/session/demo-dialogs.ts do), and demo-only hooks belong in a component rendered only
 * when `DEMO_MODE` (as in features/session/current-user-menu.tsx), not behind a runtime flag.
 */
export const DEMO_MODE: boolean = import.meta.env.DEV || import.meta.env.MODE === 'demo'

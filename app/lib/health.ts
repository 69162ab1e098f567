/** What a dependency's `check` reports when it answers: which mode it runs in, and any detail. */
export interface CheckInfo {
  mode: string
  detail?: string
}

/** Every client decorated on the app can be health-checked by /validate and closed on shutdown. */
export interface Dependency {
  readonly name: string
  check: (signal: AbortSignal) => Promise<CheckInfo>
  close?: () => Promise<void>
}

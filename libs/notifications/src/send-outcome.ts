/** What one try of a delivery came to. */
export type SendOutcome =
  | { readonly result: 'delivered' }
  /** Worth trying again later (5xx, 408, 429, timeouts, refused connections). */
  | { readonly result: 'retry'; readonly error: string }
  /** Trying again will not help (the receiver refused the request itself): straight to the dead letters. */
  | { readonly result: 'dead'; readonly error: string };

/** Injection tokens of the dispute API. */
export const CLOCK = Symbol('Clock');
export const TOKEN_VERIFIER = Symbol('TokenVerifier');
export const VAULT = Symbol('PersonalDataVault');

export interface Clock {
  now(): Date;
}

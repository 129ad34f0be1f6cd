/** Injection tokens of the dispute API. */
export const TOKEN_VERIFIER = Symbol('TokenVerifier');
export const VAULT = Symbol('PersonalDataVault');

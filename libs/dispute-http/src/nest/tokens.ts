/** Injection tokens of the dispute API. */
export { TOKEN_VERIFIER } from '#auth';
export const VAULT = Symbol('PersonalDataVault');

/** The `never` check that ends every switch over a union: adding a member without handling it fails to compile. */
export const unreachable = (value: never, what: string): never => {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
};

import { rule } from '#domain-core';

export const disputeRules = {
  nothingButEnforcementAfterClosure: rule('nothingButEnforcementAfterClosure', 'LDMAL 51', 'a closed case takes no new fact except enforcement'),
} as const;

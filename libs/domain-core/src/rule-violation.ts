/** A legal or procedural rule with a name a person can look up: `hearingNoticeAtLeastFiveDays`, LDMAL 35. */
export interface Rule {
  readonly name: string;
  /** e.g. 'LDMAL 35', 'Rules 47', or 'procedure' for rules of this system's own process. */
  readonly article: string;
  readonly description: string;
}

export const rule = (name: string, article: string, description: string): Rule => ({ name, article, description });

/** A command the law refuses. The API answers 422 with the rule's name and article. */
export class RuleViolation extends Error {
  override readonly name = 'RuleViolation';
  constructor(
    readonly rule: Rule,
    readonly detail: string,
    /** The command field at fault, when there is one. */
    readonly field?: string,
  ) {
    super(`${rule.name} (${rule.article}): ${detail}`);
  }
}

export const refuse = (violated: Rule, detail: string, field?: string): never => {
  throw new RuleViolation(violated, detail, field);
};

/** Refuses unless the condition holds: `ensure(sessions > 0, mediationMustBeOpen, 'no mediation is open')`. */
export function ensure(condition: boolean, violated: Rule, detail: string, field?: string): asserts condition {
  if (!condition) refuse(violated, detail, field);
}

import { leaks } from './openapi.js';
import type { HttpAnswer } from './session.js';

/**
 * What every answer must be, whatever was sent: no 5xx, nothing internal in the body, every refusal as
 * problem+json whose status matches, and every 400 naming at least one field and rule.
 */
export function violationsOf(answer: HttpAnswer): string[] {
  const found: string[] = [];
  if (answer.status >= 500 && !isDocumentedCalendarGap(answer)) found.push(`status ${answer.status}`);
  const leak = leaks(answer.body);
  if (leak) found.push(`body leaks ${leak}`);
  if (answer.status < 400) return found;
  if (!answer.contentType.startsWith('application/problem+json')) found.push(`content-type ${answer.contentType || '(none)'}`);
  let problem: { type?: unknown; title?: unknown; status?: unknown; errors?: { field?: unknown; rule?: unknown; message?: unknown }[] };
  try {
    problem = JSON.parse(answer.body);
  } catch {
    return [...found, 'body is not JSON'];
  }
  if (typeof problem.type !== 'string' || typeof problem.title !== 'string') found.push('problem without type or title');
  if (problem.status !== answer.status) found.push(`problem status ${String(problem.status)} on a ${answer.status}`);
  if (answer.status === 400) {
    const errors = Array.isArray(problem.errors) ? problem.errors : [];
    if (errors.length === 0) found.push('400 names no field');
    if (!errors.every((e) => typeof e.field === 'string' && e.field.length > 0 && typeof e.rule === 'string' && typeof e.message === 'string')) found.push('400 with an error lacking field, rule or message');
  }
  return found;
}

/**
 * The one 5xx the API documents for any input: a deadline falling in a year without State Council holiday data
 * (README: 503 `calendar-data-missing`, an operator must load the notice). It must still be a proper problem.
 */
function isDocumentedCalendarGap(answer: HttpAnswer): boolean {
  if (answer.status !== 503) return false;
  try {
    const problem = JSON.parse(answer.body) as { type?: string; year?: unknown; loadedYears?: unknown };
    return problem.type?.endsWith('/calendar-data-missing') === true && typeof problem.year === 'number' && Array.isArray(problem.loadedYears);
  } catch {
    return false;
  }
}

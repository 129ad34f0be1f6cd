/**
 * What a person reading a case's facts by hand would note, in plain TypeScript: no decider, no projection, no SQL.
 * The dashboard and statistics tests compare the read models with figures computed from this, so a bug in the
 * projection or a query cannot also be in the expectation.
 */
export interface PlainEvent {
  readonly type: string;
  readonly data: unknown;
}

type Data = Record<string, unknown>;

export interface HandDeadline {
  readonly rule: string;
  dueOn: string | null;
  status: 'running' | 'paused' | 'met' | 'expired' | 'cancelled';
}

const litigationTypes = new Set([
  'ChallengeWindowsOpened', 'SuitFiled', 'AnnulmentApplied', 'AwardAnnulled', 'AnnulmentRejected', 'AwardTookEffect', 'FinalAwardUnchallenged',
  'CourtCaseRegistered', 'JudgmentIssued', 'AppealFiled', 'JudgmentTookEffect', 'FinalJudgmentIssued', 'EnforcementApplied', 'EnforcementConcluded',
  'PaymentOrderApplied', 'PaymentOrderIssued', 'PaymentOrderPaid', 'PaymentOrderObjectionRaised',
]);

export class HandFold {
  readonly deadlines = new Map<string, HandDeadline>();
  private readonly byType = new Map<string, Data[]>();

  constructor(readonly events: readonly PlainEvent[]) {
    for (const { type, data } of events) {
      const d = data as Data;
      this.byType.set(type, [...(this.byType.get(type) ?? []), d]);
      const id = d['deadlineId'] as string;
      switch (type) {
        case 'DeadlineSet':
          this.deadlines.set(id, { rule: d['rule'] as string, dueOn: d['dueOn'] as string | null, status: d['dueOn'] === null ? 'paused' : 'running' });
          break;
        case 'DeadlinePaused':
          Object.assign(this.deadlines.get(id)!, { status: 'paused', dueOn: null });
          break;
        case 'DeadlineResumed':
        case 'DeadlineExtended':
        case 'DeadlineRestarted':
          Object.assign(this.deadlines.get(id)!, { status: d['dueOn'] === null ? 'paused' : 'running', dueOn: d['dueOn'] });
          break;
        case 'DeadlineMet':
          this.deadlines.get(id)!.status = 'met';
          break;
        case 'DeadlineExpired':
          this.deadlines.get(id)!.status = 'expired';
          break;
        case 'DeadlineCancelled':
          this.deadlines.get(id)!.status = 'cancelled';
          break;
      }
    }
  }

  has(type: string): boolean {
    return this.byType.has(type);
  }
  first(type: string): Data | undefined {
    return this.byType.get(type)?.[0];
  }
  last(type: string): Data | undefined {
    return this.byType.get(type)?.at(-1);
  }
  all(type: string): Data[] {
    return this.byType.get(type) ?? [];
  }

  get registration(): Data {
    return this.first('DisputeRegistered')!;
  }
  get closed(): boolean {
    return this.has('DisputeClosed');
  }
  get outcome(): string | undefined {
    return this.last('DisputeClosed')?.['outcome'] as string | undefined;
  }
  get closedOn(): string | undefined {
    return (this.last('DisputeClosed')?.['closedAt'] as string | undefined)?.slice(0, 10);
  }
  get stage(): 'intake' | 'mediation' | 'arbitration' | 'litigation' | 'closed' {
    if (this.closed) return 'closed';
    if (this.events.some((e) => litigationTypes.has(e.type))) return 'litigation';
    if (this.has('ArbitrationApplied')) return 'arbitration';
    if (this.has('MediationOpened')) return 'mediation';
    return 'intake';
  }
  /** Mediation still running: opened and not ended one way or another. */
  get mediationOpen(): boolean {
    return this.has('MediationOpened') && !['MediationFailed', 'MediationWindowExpired', 'MediationAgreementReached'].some((t) => this.has(t));
  }
  /** The day mediation ended, as docs/statistics.md has it. */
  get mediationEndedOn(): string | undefined {
    const ended = this.events.find((e) => ['MediationFailed', 'MediationWindowExpired', 'MediationAgreementPerformed', 'MediationAgreementBreached'].includes(e.type));
    if (!ended) return undefined;
    const d = ended.data as Data;
    return (d['failedOn'] ?? d['expiredOn'] ?? d['performedOn'] ?? d['breachedOn']) as string;
  }
  runningDeadline(rules: readonly string[], from: string, to: string): boolean {
    return [...this.deadlines.values()].some((d) => rules.includes(d.rule) && d.status === 'running' && d.dueOn !== null && d.dueOn >= from && d.dueOn <= to);
  }
  /** Courts the case named (suits, payment orders, annulments, enforcement, court cases). */
  get courts(): Set<string> {
    return new Set(this.events.map((e) => (e.data as Data)['courtId']).filter((c): c is string => typeof c === 'string'));
  }
}

export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** PostgreSQL's percentile_cont: linear interpolation between the closest ranks. */
export function percentileCont(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = p * (sorted.length - 1);
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export const durations = (values: readonly number[]) => ({ median: percentileCont(values, 0.5), p90: percentileCont(values, 0.9), n: values.length });

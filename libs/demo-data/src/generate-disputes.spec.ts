import { generateDisputes, type GeneratedDispute } from './generate-disputes.js';

async function collect(count: number, seed: number, procedure?: 'brief' | 'full'): Promise<GeneratedDispute[]> {
  const all: GeneratedDispute[] = [];
  for await (const dispute of generateDisputes({ count, seed, ...(procedure ? { procedure } : {}) })) all.push(dispute);
  return all;
}

describe('the demo and benchmark data generator', () => {
  it('walks every path through the real decider, over every stage and several outcomes', async () => {
    const disputes = await collect(300, 7);
    const paths = new Set(disputes.map((d) => d.path));
    expect(paths.size).toBe(11);
    const stages = new Set(disputes.map((d) => (d.state.status === 'closed' ? `closed:${d.state.outcome}` : d.state.arbitration.status !== 'not_applied' ? 'arbitration' : d.state.mediation.status)));
    expect([...stages]).toEqual(
      expect.arrayContaining(['closed:settled_in_mediation', 'closed:payment_order_concluded', 'closed:award_effective', 'closed:final_award_unchallenged', 'closed:withdrawn', 'arbitration', 'open']),
    );
    for (const d of disputes) {
      expect(d.events[0]!.type).toBe('DisputeRegistered');
      expect(d.events.every((e) => (e.data as { disputeId: string }).disputeId === d.disputeId)).toBe(true);
    }
  });

  it('is deterministic for a seed and varies with it', async () => {
    const a = await collect(20, 1);
    expect(await collect(20, 1)).toEqual(a);
    expect((await collect(20, 2)).map((d) => d.disputeId)).not.toEqual(a.map((d) => d.disputeId));
  });

  it('never puts a plain ID number in an event', async () => {
    for (const d of await collect(50, 3)) expect(JSON.stringify(d.events)).not.toMatch(/\d{17}[\dX]/);
  });

  it('cuts every case at today: no fact is recorded later, and cases cut short are still running', async () => {
    const today = '2026-05-20';
    const cut: GeneratedDispute[] = [];
    for await (const dispute of generateDisputes({ count: 80, seed: 11, from: '2026-04-01', to: today, today })) cut.push(dispute);
    const instants = cut.flatMap((d) => d.events.flatMap((e) => Object.entries(e.data as object).filter(([key]) => key.endsWith('At')).map(([, value]) => value as string)));
    expect(instants.length).toBeGreaterThan(200);
    expect(instants.filter((at) => at.slice(0, 10) > today)).toEqual([]);
    const unfinished = cut.filter((d) => ['settled_in_mediation', 'final_award_unchallenged', 'withdrawn'].includes(d.path) && d.state.status !== 'closed');
    expect(unfinished.length).toBeGreaterThan(0);
  });

  it('in full procedure adds the usual extra steps, about 20 events a case, through the real decider', async () => {
    const brief = await collect(300, 7);
    const full = await collect(300, 7, 'full');
    expect(new Set(full.map((d) => d.path)).size).toBe(11);
    const events = (disputes: GeneratedDispute[]) => disputes.reduce((n, d) => n + d.events.length, 0) / disputes.length;
    expect(events(brief)).toBeLessThan(15);
    expect(events(full)).toBeGreaterThan(18.5);
    const types = new Set(full.flatMap((d) => d.events.map((e) => e.type)));
    for (const type of ['ApplicationServed', 'DefenceFiled', 'DefenceServed', 'ClaimsAmended', 'HearingPostponed', 'HearingHeld']) expect(types).toContain(type);
    expect(full.some((d) => d.state.status === 'closed')).toBe(true);
  });
});

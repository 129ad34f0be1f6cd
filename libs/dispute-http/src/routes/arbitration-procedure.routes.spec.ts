import type { ArbitrationProcedureCommand } from '#arbitration';
import { arbitrationProcedureRoutes } from './arbitration-procedure.routes.js';

/** Keyed by the union, so a procedure command added to the domain without a route fails to compile here. */
const procedureCommands: Record<ArbitrationProcedureCommand['type'], true> = {
  NoticeApplicationCorrection: true,
  CompleteApplicationCorrection: true,
  ReferApplication: true,
  RecordApplicationServed: true,
  RecordDefenceFiled: true,
  RecordDefenceServed: true,
  RecordServiceByPublication: true,
  DecideRecusal: true,
  PostponeHearing: true,
  RecordHearingHeld: true,
  RecordNoShow: true,
  AmendClaims: true,
  RecordCounterclaim: true,
  AddParty: true,
  RecordSettlement: true,
  IssueMediationStatement: true,
  RecordMediationStatementSigned: true,
  RecordMediationStatementRepudiated: true,
  IssuePartialAward: true,
  GrantAdvanceExecution: true,
};

describe('arbitration procedure routes', () => {
  it('has one route per procedure command, each on its own path under /arbitration', () => {
    expect(arbitrationProcedureRoutes.map((r) => r.command).sort()).toEqual(Object.keys(procedureCommands).sort());
    const paths = arbitrationProcedureRoutes.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^\/arbitration\/[a-z-]+(\/[a-z-]+)*$/);
  });

  describe.each(arbitrationProcedureRoutes.map((r) => [r.command, r] as const))('%s', (_command, route) => {
    it('accepts its own example', () => {
      const parsed = route.body.safeParse(route.example);
      expect(parsed.error?.issues).toBeUndefined();
      expect(parsed.success).toBe(true);
    });

    it('rejects an unknown field', () => {
      expect(route.body.safeParse({ ...(route.example as object), unexpected: 'x' }).success).toBe(false);
    });

    it('rejects an empty body', () => {
      expect(route.body.safeParse({}).success).toBe(false);
    });

    it('names a law in its summary', () => {
      expect(route.summary).toMatch(/(LDMAL|Rules) \d+/);
    });
  });

  it('refuses a date that does not exist and money that is not whole fen', () => {
    const byCommand = new Map(arbitrationProcedureRoutes.map((r) => [r.command, r]));
    expect(byCommand.get('CompleteApplicationCorrection')!.body.safeParse({ correctedOn: '2026-02-30' }).success).toBe(false);
    const grant = byCommand.get('GrantAdvanceExecution')!;
    const example = grant.example as Record<string, unknown>;
    expect(grant.body.safeParse({ ...example, amountFen: 0 }).success).toBe(false);
    expect(grant.body.safeParse({ ...example, amountFen: 12.5 }).success).toBe(false);
  });
});

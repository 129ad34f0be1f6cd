import 'reflect-metadata';
import { Controller, Get, Param, Post } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import type { AuthenticatedActor } from '../claims.js';
import { issueDevelopmentToken, type DevelopmentTokenSubject } from '../issue-token.js';
import type { CaseScope, Scope } from '../permissions.js';
import { AuthModule, CurrentActor, PermissionGuard, PermissionScope, RequirePermission, type AuthRequest } from './auth.module.js';

const secret = 'nest-guard-test-secret-32-bytes-long!!';
const issuer = 'test-issuer';
const audience = 'test-audience';
const cases: Record<string, CaseScope> = {
  'case-1': { mediationBodyId: 'body-1', courtIds: [] },
  'case-2': { mediationBodyId: 'body-2', commissionId: 'com-1', courtIds: ['court-1'] },
};

@Controller('disputes')
class DisputesController {
  @Get()
  @RequirePermission('case-list')
  list(@CurrentActor() actor: AuthenticatedActor, @PermissionScope() scope: Scope) {
    return { organisationId: actor.organisationId, scope };
  }

  @Get(':id')
  @RequirePermission('case')
  get(@Param('id') id: string, @CurrentActor() actor: AuthenticatedActor) {
    return { id, reader: actor.userId };
  }

  @Post(':id/mediation-sessions')
  @RequirePermission('RecordMediationSession')
  record(@Param('id') id: string) {
    return { recorded: id };
  }
}

const token = (subject: Partial<DevelopmentTokenSubject> = {}, expiresIn: string | number = '5m') =>
  issueDevelopmentToken({ userId: 'u-1', role: 'mediator', organisationId: 'body-1', orgKind: 'mediation_body', ...subject }, secret, {
    issuer,
    audience,
    expiresIn,
  });

describe('@RequirePermission on a Fastify app', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        AuthModule.forRoot({
          verifier: { kind: 'hs256', secret, issuer, audience },
          resolveCaseScope: (request: AuthRequest) => cases[(request.params as { id: string }).id],
        }),
      ],
      controllers: [DisputesController],
    }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(() => app?.close());

  const call = async (method: 'GET' | 'POST', url: string, bearer?: string) => {
    const response = await app.inject({ method, url, headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
    return { status: response.statusCode, body: response.json() };
  };

  it('lets a mediator record a session on a case of their own body, and hands the actor to the handler', async () => {
    expect(await call('POST', '/disputes/case-1/mediation-sessions', await token())).toEqual({ status: 201, body: { recorded: 'case-1' } });
    expect(await call('GET', '/disputes/case-1', await token({ userId: 'li-mei' }))).toEqual({ status: 200, body: { id: 'case-1', reader: 'li-mei' } });
  });

  it('answers 401 with the reason for a missing, expired or foreign token', async () => {
    expect(await call('GET', '/disputes/case-1')).toMatchObject({ status: 401, body: { reason: 'missing_token' } });
    expect(await call('GET', '/disputes/case-1', await token({}, -60))).toMatchObject({ status: 401, body: { reason: 'expired' } });
    const foreign = await issueDevelopmentToken(
      { userId: 'u', role: 'admin', organisationId: 'x', orgKind: 'department' },
      'some-other-secret-that-is-32-bytes-long',
      { issuer, audience },
    );
    expect(await call('GET', '/disputes/case-1', foreign)).toMatchObject({ status: 401, body: { reason: 'bad_signature' } });
  });

  it('answers 403 naming the missing permission for another body\'s case or the wrong role', async () => {
    expect(await call('POST', '/disputes/case-2/mediation-sessions', await token())).toMatchObject({
      status: 403,
      body: { reason: 'organisation', missingPermission: 'command:RecordMediationSession@mediation_body' },
    });
    const clerk = await token({ role: 'arbitration-clerk', organisationId: 'com-1', orgKind: 'arbitration_commission' });
    expect(await call('POST', '/disputes/case-2/mediation-sessions', clerk)).toMatchObject({
      status: 403,
      body: { reason: 'role', missingPermission: 'command:RecordMediationSession' },
    });
    expect(await call('GET', '/disputes/case-2', clerk)).toMatchObject({ status: 200 });
    expect(await call('GET', '/disputes/no-such-case', await token())).toMatchObject({ status: 403, body: { reason: 'organisation' } });
  });

  it('passes the granted scope to list handlers', async () => {
    expect(await call('GET', '/disputes', await token())).toEqual({ status: 200, body: { organisationId: 'body-1', scope: 'mediation_body' } });
    const admin = await token({ role: 'admin', organisationId: 'ops', orgKind: 'department' });
    expect(await call('GET', '/disputes', admin)).toEqual({ status: 200, body: { organisationId: 'ops', scope: 'any' } });
    const analyst = await token({ role: 'analyst', organisationId: 'dept-1', orgKind: 'department' });
    expect(await call('GET', '/disputes', analyst)).toMatchObject({ status: 403, body: { reason: 'role' } });
  });
});

describe('AuthModule.forRootAsync with the app\'s own errors', () => {
  class Unauthenticated extends Error {}
  class Forbidden extends Error {}

  it('builds its options from injected providers and throws the configured errors', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        AuthModule.forRootAsync({
          imports: [],
          inject: [],
          useFactory: () => ({
            verifier: { kind: 'hs256', secret, issuer, audience },
            resolveCaseScope: () => cases['case-1'],
            errors: {
              unauthenticated: (reason) => new Unauthenticated(reason),
              forbidden: (missing, detail) => new Forbidden(`${missing}: ${detail}`),
            },
          }),
        }),
      ],
      controllers: [DisputesController],
    }).compile();
    const guard = moduleRef.get(PermissionGuard);
    const context = (authorization?: string, handler = DisputesController.prototype.record) =>
      ({
        getHandler: () => handler,
        getClass: () => DisputesController,
        switchToHttp: () => ({ getRequest: () => ({ headers: authorization ? { authorization } : {}, params: { id: 'case-1' } }) }),
      }) as never;
    await expect(guard.canActivate(context())).rejects.toThrow(Unauthenticated);
    await expect(guard.canActivate(context(`Bearer ${await token()}`))).resolves.toBe(true);
    const analyst = await token({ role: 'analyst', organisationId: 'dept-1', orgKind: 'department' });
    await expect(guard.canActivate(context(`Bearer ${analyst}`))).rejects.toThrow(new Forbidden('command:RecordMediationSession: the role analyst may not RecordMediationSession'));
    await moduleRef.close();
  });
});

import {
  applyDecorators,
  createParamDecorator,
  ForbiddenException,
  Inject,
  Injectable,
  Module,
  SetMetadata,
  UnauthorizedException,
  UseGuards,
  type CanActivate,
  type DynamicModule,
  type ExecutionContext,
  type ModuleMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthenticatedActor } from '../claims.js';
import { authorize, permissionFor, type Action, type CaseScope, type Scope } from '../permissions.js';
import { TokenRejected, TokenVerifier, type TokenRejectionReason, type TokenVerifierConfig } from '../token-verifier.js';

/** The request as the guard sees it: Fastify's, or anything with headers and params. */
export interface AuthRequest {
  headers: Record<string, string | string[] | undefined>;
  params?: unknown;
  /** Set by the guard. */
  actor?: AuthenticatedActor;
  /** Set by the guard: the scope the permission was granted in; a collection handler filters by it. */
  permissionScope?: Scope;
}

export interface AuthModuleOptions {
  readonly verifier: TokenVerifier | TokenVerifierConfig;
  /**
   * The case an action concerns, for `case` actions (every command, `case`, `history`, `reveal-personal-data`):
   * typically read from `request.params.id` and the case read model. Return undefined for an unknown case (refused).
   */
  readonly resolveCaseScope?: (request: AuthRequest, action: Action) => Promise<CaseScope | undefined> | CaseScope | undefined;
  /**
   * How refusals are thrown. Default: Nest's 401/403 exceptions with `{ reason }` / `{ reason, missingPermission }`.
   * An app with its own problem-details errors maps them here.
   */
  readonly errors?: {
    readonly unauthenticated: (reason: TokenRejectionReason) => Error;
    readonly forbidden: (missingPermission: string, detail: string, reason: 'role' | 'organisation') => Error;
  };
}

export const AUTH_MODULE_OPTIONS = Symbol('AUTH_MODULE_OPTIONS');
const PERMISSION = 'auth:required-permission';

const defaultErrors: NonNullable<AuthModuleOptions['errors']> = {
  unauthenticated: (reason) => new UnauthorizedException({ message: `authentication required: ${reason}`, reason }),
  forbidden: (missingPermission, detail, reason) => new ForbiddenException({ message: detail, reason, missingPermission }),
};

/** Authenticates the bearer token, then asks the permission table about the action named by `@RequirePermission`. */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    @Inject(AUTH_MODULE_OPTIONS) private readonly options: AuthModuleOptions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const action = this.reflector.getAllAndOverride<Action | undefined>(PERMISSION, [context.getHandler(), context.getClass()]);
    if (!action) throw new Error('PermissionGuard: the route has no @RequirePermission(action)');
    const errors = this.options.errors ?? defaultErrors;
    const request = context.switchToHttp().getRequest<AuthRequest>();
    let actor: AuthenticatedActor;
    try {
      actor = (await this.verifier.verifyRequest(request)).actor;
    } catch (error) {
      if (error instanceof TokenRejected) throw errors.unauthenticated(error.reason);
      throw error;
    }
    request.actor = actor;
    const entry = permissionFor(action);
    let caseScope: CaseScope | undefined;
    if (entry.target === 'case') {
      if (!this.options.resolveCaseScope) throw new Error(`PermissionGuard: "${action}" concerns a case; configure resolveCaseScope`);
      caseScope = await this.options.resolveCaseScope(request, action);
    }
    const decision = authorize(actor, action, caseScope);
    if (!decision.allowed) {
      const detail =
        decision.reason === 'role'
          ? `the role ${actor.role} may not ${action}`
          : `${action} is not permitted for organisation ${actor.organisationId} on this case`;
      throw errors.forbidden(decision.missingPermission, detail, decision.reason);
    }
    request.permissionScope = decision.scope;
    return true;
  }
}

/** Requires a valid token and the permission table's consent for `action` (a command or view name). */
export const RequirePermission = (action: Action) => applyDecorators(SetMetadata(PERMISSION, action), UseGuards(PermissionGuard));

/** The authenticated actor (with `orgKind`), set by the guard. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedActor => {
  const actor = context.switchToHttp().getRequest<AuthRequest>().actor;
  if (!actor) throw new Error('CurrentActor: the route has no @RequirePermission');
  return actor;
});

/** The scope the permission was granted in (`mediation_body`, `any`, ...): how a list handler filters its rows. */
export const PermissionScope = createParamDecorator(
  (_: unknown, context: ExecutionContext): Scope | undefined => context.switchToHttp().getRequest<AuthRequest>().permissionScope,
);

const verifierProvider = {
  provide: TokenVerifier,
  inject: [AUTH_MODULE_OPTIONS],
  useFactory: (options: AuthModuleOptions) => (options.verifier instanceof TokenVerifier ? options.verifier : new TokenVerifier(options.verifier)),
};

export interface AuthModuleAsyncOptions {
  readonly imports?: ModuleMetadata['imports'];
  readonly inject?: readonly (string | symbol | (abstract new (...args: never[]) => unknown))[];
  readonly useFactory: (...deps: never[]) => AuthModuleOptions | Promise<AuthModuleOptions>;
}

/** Global: import once in the app module; then `@RequirePermission` works in every controller. */
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [{ provide: AUTH_MODULE_OPTIONS, useValue: options }, verifierProvider, PermissionGuard],
      exports: [TokenVerifier, PermissionGuard, AUTH_MODULE_OPTIONS],
    };
  }

  static forRootAsync(options: AuthModuleAsyncOptions): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports: [...(options.imports ?? [])],
      providers: [
        { provide: AUTH_MODULE_OPTIONS, inject: [...(options.inject ?? [])], useFactory: options.useFactory },
        verifierProvider,
        PermissionGuard,
      ],
      exports: [TokenVerifier, PermissionGuard, AUTH_MODULE_OPTIONS],
    };
  }
}

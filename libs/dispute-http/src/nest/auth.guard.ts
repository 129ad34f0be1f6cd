import { applyDecorators, Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { authorize, TokenRejected, TokenVerifier, type Action, type AuthenticatedActor } from '#auth';
import { Forbidden, Unauthenticated } from '#platform';
import { TOKEN_VERIFIER } from './tokens.js';

export const PERMISSION = 'labour-disputes:permission';
/**
 * The action a route performs, as named in the permission table (`#auth`). The OpenAPI document carries it as
 * `x-permission`, so clients see what a route needs and the access-matrix tests find every route's action there.
 */
export const Permission = (action: Action) => applyDecorators(SetMetadata(PERMISSION, action), ApiExtension('x-permission', action));

export type AuthenticatedRequest = FastifyRequest & { actor: AuthenticatedActor };

/**
 * Every dispute route: a valid bearer token, and a role the permission table grants the route's action to. The
 * organisation half of the check needs the case, so the handler does it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    if (!header) throw new Unauthenticated('missing_token');
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new Unauthenticated('malformed');
    try {
      // The rate limiter verified this request's token already: verifyRequest checks the signature once.
      request.actor = (await this.verifier.verifyRequest(request)).actor;
    } catch (error) {
      if (error instanceof TokenRejected) throw new Unauthenticated(error.reason);
      throw error;
    }
    const action = this.reflector.get<Action | undefined>(PERMISSION, context.getHandler());
    if (!action) throw new Error(`route ${request.url} has no @Permission`);
    const verdict = authorize(request.actor, action);
    if (!verdict.allowed && verdict.reason === 'role') throw new Forbidden(verdict.missingPermission, `a ${request.actor.role} may not ${action}`);
    return true;
  }
}

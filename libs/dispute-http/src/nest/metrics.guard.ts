import { timingSafeEqual, createHash } from 'node:crypto';
import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { TokenVerifier } from '#auth';
import { AuthGuard, type AuthenticatedRequest } from './auth.guard.js';
import { TOKEN_VERIFIER } from './tokens.js';

/** Equal-length digests: the comparison takes the same time whatever the presented string. */
const sameSecret = (presented: string, expected: string) =>
  timingSafeEqual(createHash('sha256').update(presented).digest(), createHash('sha256').update(expected).digest());

/**
 * /metrics: Prometheus scrapes with the dedicated METRICS_TOKEN (a bearer credential, not a JWT, so a scraper
 * needs no identity-provider account); anyone else needs a token the permission table grants `metrics` (admins).
 */
@Injectable()
export class MetricsGuard implements CanActivate {
  private readonly tokens: AuthGuard;

  constructor(
    @Inject(TOKEN_VERIFIER) verifier: TokenVerifier,
    reflector: Reflector,
    @Inject(ConfigService) private readonly config: ConfigService,
  ) {
    this.tokens = new AuthGuard(verifier, reflector);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const scrapeToken = this.config.get<string>('METRICS_TOKEN');
    const [scheme, presented] = (context.switchToHttp().getRequest<AuthenticatedRequest>().headers.authorization ?? '').split(' ');
    if (scrapeToken && scheme?.toLowerCase() === 'bearer' && presented && sameSecret(presented, scrapeToken)) return true;
    return this.tokens.canActivate(context);
  }
}

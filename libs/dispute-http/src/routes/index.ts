import type { CommandRoute } from '../command-route.js';
import { arbitrationProcedureRoutes } from './arbitration-procedure.routes.js';
import { arbitrationRoutes } from './arbitration.routes.js';
import { courtRoutes } from './court.routes.js';
import { intakeRoutes } from './intake.routes.js';
import { mediationRoutes } from './mediation.routes.js';

export const commandRoutes: readonly CommandRoute[] = [...intakeRoutes, ...mediationRoutes, ...arbitrationRoutes, ...arbitrationProcedureRoutes, ...courtRoutes];

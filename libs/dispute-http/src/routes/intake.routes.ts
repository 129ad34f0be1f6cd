import { z } from 'zod';
import { interruptionGrounds } from '#intake';
import { route } from '../command-route.js';
import { legalDate, text } from '../schemas.js';

export const intakeRoutes = [
  route({
    command: 'RecordLimitationInterruption',
    path: '/limitation-interruptions',
    summary: 'Record a fact that restarts the 1-year limitation (时效中断, LDMAL 27)',
    body: z.object({ ground: z.enum(interruptionGrounds), interruptedOn: legalDate, note: text(500).optional() }).strict(),
    example: { ground: 'claim_to_other_party', interruptedOn: '2026-02-10', note: 'written demand to the employer' },
  }),
];

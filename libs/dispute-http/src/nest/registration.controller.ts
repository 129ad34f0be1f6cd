import { Controller, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Party } from '#intake';
import type { PersonalDataVault } from '#personal-data';
import { registrationBody, registrationExample, type RegistrationBody } from '../routes/registration.route.js';
import { AuthGuard, Permission, type AuthenticatedRequest } from './auth.guard.js';
import { CommandEndpoint, parseBody } from './command-endpoint.js';
import { commandHeaders, commandResponses } from './openapi.js';
import { VAULT } from './tokens.js';

@ApiTags('commands')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Controller('disputes')
export class RegistrationController {
  constructor(
    private readonly endpoint: CommandEndpoint,
    @Inject(VAULT) private readonly vault: PersonalDataVault,
  ) {}

  @Post()
  @HttpCode(201)
  @Permission('RegisterDispute')
  @ApiOperation({ operationId: 'RegisterDispute', summary: 'Register a dispute: parties, claims, channel, region, when the worker knew (LDMAL 27)' })
  @ApiBody({ schema: z.toJSONSchema(registrationBody, { io: 'input', unrepresentable: 'any' }) as never, examples: { example: { value: registrationExample } } })
  @(commandHeaders[1]!)
  @(commandHeaders[2]!)
  @(commandHeaders[3]!)
  @(commandResponses[0]!)
  @(commandResponses[2]!)
  @(commandResponses[3]!)
  @(commandResponses[4]!)
  @(commandResponses[7]!)
  async register(@Req() request: AuthenticatedRequest, @Res() reply: FastifyReply): Promise<void> {
    const body = parseBody(registrationBody, request.body);
    const disputeId = this.endpoint.newDisputeId(request);
    const parties = await Promise.all(body.parties.map((party) => this.toParty(party)));
    const { parties: _plain, ...rest } = body;
    await this.endpoint.run(request, reply, disputeId, { type: 'RegisterDispute', data: { ...rest, parties } }, { created: true });
  }

  /** Personal numbers go to the vault; the event keeps the person id and the masked forms. */
  private async toParty(party: RegistrationBody['parties'][number]): Promise<Party> {
    const { idNumber, phone, address, ...kept } = party;
    if (idNumber === undefined && phone === undefined && address === undefined) return kept;
    const stored = await this.vault.storePerson({ ...(idNumber ? { idNumber } : {}), ...(phone ? { phone } : {}), ...(address ? { address } : {}) });
    return { ...kept, personId: stored.personId, ...(stored.masked.idNumber ? { maskedIdNumber: stored.masked.idNumber } : {}) };
  }
}

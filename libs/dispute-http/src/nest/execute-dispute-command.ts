import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Action, AuthenticatedActor, CaseScope } from '#auth';
import { legalDateOf } from '#calendar';
import { CaseNumberAllocator } from '#case-numbers';
import { foldRecorded, handleCommand, StreamStateCache, type CommandOutcome } from '#command-handling';
import { disputeDecider, statutoryClock, summarise, type DisputeCommand, type DisputeContext, type DisputeFact, type DisputeState } from '#dispute';
import type { OnBehalfOf } from '#domain-core';
import { disputeStream, type EventStore, type RecordedEvent } from '#event-store';
import { minimumWageTable } from '#minimum-wage';
import { CLOCK, EVENT_STORE, Forbidden, NotFound, type Clock } from '#platform';
import { caseScopeOf, ensureCaseAccess, evolveCaseScope, noScope, withTarget } from '../case-scope.js';

export interface DisputeCommandRequest {
  readonly disputeId: string;
  readonly commandId: string;
  readonly command: DisputeCommand;
  readonly actor: AuthenticatedActor;
  readonly onBehalfOf?: OnBehalfOf;
  readonly requestId: string;
  readonly correlationId: string;
  readonly expectedRevision?: number;
  /** Filled in by the server (see CommandRoute.completes). */
  readonly completes?: 'caseNumber';
}

export class ExecuteDisputeCommand extends Command<CommandOutcome<DisputeFact>> {
  constructor(readonly request: DisputeCommandRequest) {
    super();
  }
}

const clock = statutoryClock();
const minimumWage = minimumWageTable();
const PLACEHOLDER_CASE_NUMBER = '(pending)';

/**
 * Runs one command on one dispute: who may act is checked against the organisations the case's facts name, then the
 * composed decider decides and the facts are appended with who, for whom and why.
 */
@CommandHandler(ExecuteDisputeCommand)
export class ExecuteDisputeCommandHandler implements ICommandHandler<ExecuteDisputeCommand> {
  private readonly allocator: CaseNumberAllocator;
  /**
   * The disputes commanded last, folded: a command reads only the facts appended since. A case not (or no longer) in
   * it costs one full read, as without the cache. Its memory was not measured apart; the app's RSS with it is in
   * docs/benchmarks.md.
   */
  private readonly folded = new StreamStateCache<DisputeState, CaseScope>(2_000);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly wallClock: Clock,
  ) {
    this.allocator = new CaseNumberAllocator(store, { now: () => this.wallClock.now().toISOString() });
  }

  async execute({ request }: ExecuteDisputeCommand): Promise<CommandOutcome<DisputeFact>> {
    const command = request.completes === 'caseNumber' ? await this.withCaseNumber(request) : request.command;
    return handleCommand(
      {
        store: this.store,
        stream: disputeStream(request.disputeId),
        decider: disputeDecider,
        context: () => this.context(request),
        facts: { initial: noScope, evolve: evolveCaseScope },
        check: (scope, _state, revision) => this.ensureMayAct(request, command, scope, revision),
        cache: this.folded,
        summarise,
      },
      {
        commandId: request.commandId,
        command,
        expectedRevision: request.expectedRevision,
        metadata: {
          actor: { userId: request.actor.userId, role: request.actor.role, organisationId: request.actor.organisationId, ...(request.actor.displayName ? { displayName: request.actor.displayName } : {}) },
          organisationId: request.actor.organisationId,
          correlationId: request.correlationId,
          requestId: request.requestId,
          ...(request.onBehalfOf ? { onBehalfOf: request.onBehalfOf } : {}),
        },
      },
    );
  }

  private context(request: DisputeCommandRequest): DisputeContext {
    const now = this.wallClock.now();
    let ids = 0;
    return {
      disputeId: request.disputeId,
      now: now.toISOString(),
      today: legalDateOf(now),
      // Deterministic per command, so a retried command decides the same ids.
      newId: () => `${request.commandId}:${++ids}`,
      clock,
      actorRole: request.actor.role,
      minimumWage,
    };
  }

  /** A case outside the caller's organisations answers as if it did not exist: ids must not reveal cases. */
  private ensureMayAct(request: DisputeCommandRequest, command: DisputeCommand, caseScope: CaseScope, revision: number): void {
    if (revision < 0 && command.type !== 'RegisterDispute') throw new NotFound(`dispute ${request.disputeId} not found`);
    const scope = withTarget(caseScope, command);
    ensureCaseAccess(request.actor, command.type as Action, request.disputeId, command.type === 'RegisterDispute' ? intakeScope(request.actor) : scope);
  }

  /** Decides once with a placeholder, so a refused acceptance never consumes a number (numbers are never skipped). */
  private async withCaseNumber(request: DisputeCommandRequest): Promise<DisputeCommand> {
    const history = await this.store.readStream(disputeStream(request.disputeId));
    const state = foldRecorded(disputeDecider, history);
    const data = request.command.data as { acceptedOn: string };
    const draft = { type: 'AcceptArbitration', data: { ...data, caseNumber: PLACEHOLDER_CASE_NUMBER } } as DisputeCommand;
    this.ensureMayAct(request, draft, caseScopeOf(history), history.length - 1);
    const decided = disputeDecider.decide(draft, state, this.context(request));
    const commissionId = 'commissionId' in state.arbitration ? state.arbitration.commissionId : undefined;
    if (decided.length === 0 && 'caseNumber' in state.arbitration) return { type: 'AcceptArbitration', data: { ...data, caseNumber: state.arbitration.caseNumber } };
    const allocated = await this.allocator.allocate({
      commissionId: commissionId!,
      year: Number(data.acceptedOn.slice(0, 4)),
      disputeId: request.disputeId,
      format: { prefix: '劳人仲案字' },
      metadata: { actor: request.actor, correlationId: request.correlationId, requestId: request.requestId },
    });
    return { type: 'AcceptArbitration', data: { ...data, caseNumber: allocated.caseNumber } };
  }
}

const intakeScope = (actor: AuthenticatedActor) =>
  actor.orgKind === 'mediation_body' ? { mediationBodyId: actor.organisationId, courtIds: [] } : { commissionId: actor.organisationId, courtIds: [] };

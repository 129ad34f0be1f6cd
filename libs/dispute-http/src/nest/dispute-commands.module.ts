import { Module } from '@nestjs/common';
import { ExecuteDisputeCommandHandler } from './execute-dispute-command.js';

/** The command side without HTTP: the api's routes and the worker's timers send the same commands through it. */
@Module({ providers: [ExecuteDisputeCommandHandler] })
export class DisputeCommandsModule {}

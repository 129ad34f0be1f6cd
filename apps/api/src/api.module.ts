import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DisputeHttpModule } from '#dispute-http';
import { PlatformModule } from '#platform';

/** The HTTP API: commands and queries for mediators, arbitration staff and court liaisons. */
@Module({
  imports: [PlatformModule, CqrsModule.forRoot({ rethrowUnhandled: true }), DisputeHttpModule],
})
export class ApiModule {}

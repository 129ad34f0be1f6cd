import { Module } from '@nestjs/common';
import { DisputeHttpModule } from '#dispute-http';
import { PlatformModule } from '#platform';

/** The HTTP API: commands and queries for mediators, arbitration staff and court liaisons. */
@Module({
  imports: [PlatformModule, DisputeHttpModule],
})
export class ApiModule {}

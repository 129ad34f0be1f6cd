import { Module } from '@nestjs/common';
import { DisputeHttpModule } from '#dispute-http';
import { PlatformModule } from '#platform';
// Not through #notifications: #database imports that index for the migration, and these modules import #platform.
import { NotificationsApiModule } from '../../../libs/notifications/src/nest/index.js';

/** The HTTP API: commands and queries for mediators, arbitration staff and court liaisons. */
@Module({
  imports: [PlatformModule, DisputeHttpModule, NotificationsApiModule],
})
export class ApiModule {}

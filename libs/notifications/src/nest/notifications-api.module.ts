import { Module } from '@nestjs/common';
import { DisputeHttpModule } from '#dispute-http';
import { NotificationsAdminController } from './notifications-admin.controller.js';
import { NotificationsCoreModule } from './notifications-core.module.js';
import { BullBoardMount } from './bull-board.js';

/** The api's half: the admin routes (the token verifier comes from the dispute API's module). */
@Module({ imports: [NotificationsCoreModule, DisputeHttpModule], controllers: [NotificationsAdminController], providers: [BullBoardMount] })
export class NotificationsApiModule {}

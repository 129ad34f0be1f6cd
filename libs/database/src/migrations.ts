import { eventStoreMigrations } from '#event-store';
import { projectionMigrations } from '#projections';
import { PersonalDataVault1795597476000 } from '#personal-data';
import { IdempotencyKeys1795600000000 } from '#idempotency';
import { CourtJurisdictions1795620000000, DisputeReadModels1795610000000, QueryPlanIndexes1795640000000, DashboardTileIndexes1795650000000, ReadModelAutovacuum1795660000000 } from '#read-models';
import { NotificationOutbox1795630000000, SealSubscriptionSecrets1795670000000 } from '#notifications';

/** Every lib's migrations, in the order they must run. */
export const allMigrations = [...eventStoreMigrations, ...projectionMigrations, PersonalDataVault1795597476000, IdempotencyKeys1795600000000, DisputeReadModels1795610000000, CourtJurisdictions1795620000000, NotificationOutbox1795630000000, QueryPlanIndexes1795640000000, DashboardTileIndexes1795650000000, ReadModelAutovacuum1795660000000, SealSubscriptionSecrets1795670000000];

import 'reflect-metadata';
import { createHttpApp, runProcess } from '#platform';
import { WorkerModule } from './worker.module.js';

await runProcess(async (config) => {
  // Its HTTP port serves only /health, for the orchestrator.
  const app = await createHttpApp(WorkerModule, { docs: false });
  await app.listen(config.PORT, config.HOST);
});

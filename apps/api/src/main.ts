import 'reflect-metadata';
import { createHttpApp, runProcess } from '#platform';
import { ApiModule } from './api.module.js';

await runProcess(async (config) => {
  const app = await createHttpApp(ApiModule, { docs: true });
  await app.listen(config.PORT, config.HOST);
});

import 'reflect-metadata';
import { createHttpApp, runProcess } from '#platform';
import { AppModule } from './app.module.js';

await runProcess(async (config) => {
  const app = await createHttpApp(AppModule, { docs: true });
  await app.listen(config.PORT, config.HOST);
  console.log(`labour-disputes listening on http://${config.HOST}:${config.PORT} (docs: /docs, health: /health/ready)`);
});

import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/**
 * The app (api + worker, apps/main.ts) with a CPU profiler the bench switches on and off over the IPC channel (not a
 * signal: Nest's shutdown hooks take them all), so a profile covers only the load it is meant to explain. The stop
 * message names the file (.cpuprofile, Chrome format) and is answered once it is written.
 */
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 1000 });
process.on('message', (message: { profile: 'start' } | { profile: 'stop'; file: string }) => {
  void (async () => {
    if (message.profile === 'start') {
      await session.post('Profiler.start');
      process.send?.({ profile: 'started' });
      return;
    }
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(message.file, JSON.stringify(profile));
    process.send?.({ profile: 'written' });
  })();
});
await import('../apps/main.js');

import Fastify from 'fastify';

/** The raw HTTP baseline: a bare Fastify route returning a constant, in its own process like the app. Prints its port. */
const app = Fastify({ logger: false });
app.get('/constant', async () => ({ ok: true }));
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));

/**
 * `npm start`, first step: stop at once, before building, when the preview port is taken (PORT, default 4321; the
 * port scripts/serve.ts listens on). One line says what to do instead of a stack trace.
 */
import { createServer } from 'node:net';

const port = Number(process.env.PORT ?? 4321);
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`PORT must be a number from 1 to 65535, not "${process.env.PORT ?? ''}".`);
  process.exit(1);
}
const server = createServer();
server.once('error', (e: NodeJS.ErrnoException) => {
  console.error(
    e.code === 'EADDRINUSE'
      ? `Port ${port} is in use: stop the other server or run PORT=${port === 65_535 ? 4322 : port + 1} npm start`
      : `Cannot listen on 127.0.0.1:${port} (${e.code ?? e.message}): run PORT=<another port> npm start`,
  );
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => server.close());

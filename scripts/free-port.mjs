import {createServer} from 'node:net';

/** A TCP port on 127.0.0.1 that is free now: the system picks it for a moment's server. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

// The static file server of the benchmark and the soak: serves the pages bench/vite.config.ts
// built, on a free port of 127.0.0.1.
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';

/** A static file server for the built pages, on a free port. */
export async function serve(root) {
  const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css'};
  const http = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    try {
      const body = await readFile(join(root, path));
      response.writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream'});
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {url: `http://127.0.0.1:${http.address().port}`, close: () => http.close()};
}

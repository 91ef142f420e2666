// `npm start`: builds everything, then serves the add-in (dist/outlook-addin/ at /) and the
// playground (dist/outlook-playground/ at /playground/) on localhost. HTTPS when a certificate
// exists (ROLLKOLL_CERT / ROLLKOLL_KEY, default certs/localhost.crt and certs/localhost.key),
// which sideloading in Outlook needs; plain HTTP otherwise, which the playground is happy with.
//
// Make a certificate (once):
//   mkdir -p certs && openssl req -x509 -newkey rsa:2048 -nodes -days 365 \
//     -keyout certs/localhost.key -out certs/localhost.crt -subj "/CN=localhost" \
//     -addext "subjectAltName=DNS:localhost,IP:127.0.0.1"
// then trust certs/localhost.crt in your operating system (see docs/outlook-it.md).
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sirv from 'sirv';

/**
 * A server for the two folders. `port: 0` picks a free port. Returns { server, url }.
 * @param {{ addinDir: string, playgroundDir: string, host?: string, port?: number, cert?: Buffer, key?: Buffer }} o
 */
export async function startServer(o) {
  const host = o.host || '127.0.0.1';
  const noCache = (res) => res.setHeader('Cache-Control', 'no-cache');
  const addin = sirv(o.addinDir, { dev: true, etag: true, dotfiles: true, setHeaders: noCache });
  const playground = sirv(o.playgroundDir, { dev: true, etag: true, setHeaders: noCache });
  const handler = (req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    // Outlook on the web fetches add-in files cross-origin.
    res.setHeader('Access-Control-Allow-Origin', '*');
    const url = req.url || '/';
    if (url === '/playground') {
      res.writeHead(301, { Location: '/playground/' });
      return res.end();
    }
    if (url.startsWith('/playground/')) {
      req.url = url.slice('/playground'.length);
      return playground(req, res, () => notFound(res));
    }
    if (url === '/') {
      res.writeHead(302, { Location: '/playground/' });
      return res.end();
    }
    return addin(req, res, () => notFound(res));
  };
  const secure = !!(o.cert && o.key);
  const server = secure ? https.createServer({ cert: o.cert, key: o.key }, handler) : http.createServer(handler);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, host, resolve);
  });
  const { port } = server.address();
  const shown = host === '127.0.0.1' ? 'localhost' : host;
  return { server, url: `${secure ? 'https' : 'http'}://${shown}:${port}`, secure };
}

function notFound(res) {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end('Not found');
}

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const port = Number(process.env.PORT || 3000);
  const certFile = process.env.ROLLKOLL_CERT || path.join(root, 'certs/localhost.crt');
  const keyFile = process.env.ROLLKOLL_KEY || path.join(root, 'certs/localhost.key');
  const hasCert = existsSync(certFile) && existsSync(keyFile);
  if (!process.env.ROLLKOLL_BASE_URL) process.env.ROLLKOLL_BASE_URL = `https://localhost:${port}`;

  if (!process.argv.includes('--no-build')) {
    const { execFileSync } = await import('node:child_process');
    try {
      execFileSync(process.execPath, [path.join(root, 'esbuild.config.mjs')], { stdio: 'inherit', cwd: root });
    } catch {
      // One product's failing build should not keep the others from being tried.
      console.error('\nBygget misslyckades (se ovan). / The build failed (see above).');
      if (!existsSync(path.join(root, 'dist/outlook-addin/manifest.xml'))) process.exit(1);
      console.error('Serverar det som byggdes. / Serving what was built.\n');
    }
  }
  const { url, secure } = await startServer({
    addinDir: path.join(root, 'dist/outlook-addin'),
    playgroundDir: path.join(root, 'dist/outlook-playground'),
    port,
    host: '127.0.0.1',
    ...(hasCert ? { cert: readFileSync(certFile), key: readFileSync(keyFile) } : {}),
  });
  const lines = [
    '',
    'Rollkoll körs / is running',
    '',
    `  Provmiljö / playground:   ${url}/playground/`,
    `  Outlook-manifest:         ${url}/manifest.xml   (fil / file: dist/outlook-addin/manifest.xml)`,
    '',
    'Prova utan Outlook: öppna provmiljön i webbläsaren. / Try it without Outlook: open the playground.',
    '',
    'Ladda tillägget i Outlook (sidladdning) / Sideload in Outlook:',
    '  Outlook på webben / on the web: https://aka.ms/olksideload → Mina tillägg / My add-ins →',
    '  Anpassade tillägg / Custom add-ins → Lägg till från fil / Add from file → dist/outlook-addin/manifest.xml',
    secure
      ? '  (HTTPS med certs/localhost.crt – certifikatet måste vara betrott / must be trusted.)'
      : '  OBS / NOTE: Outlook kräver HTTPS. Skapa ett certifikat (se outlook-addin/serve.mjs eller docs/outlook-it.md)\n' +
        '  och starta om. / Outlook requires HTTPS: make a certificate (see outlook-addin/serve.mjs or docs/outlook-it.md) and restart.',
    '  Smart Alerts (varning vid Skicka) fungerar bara när IT distribuerar tillägget centralt. / Smart Alerts on Send need admin deployment.',
    '',
    'Webbläsartillägget / browser extension:',
    '  chrome://extensions → Utvecklarläge / Developer mode → Läs in okomprimerat / Load unpacked → dist/extension/',
    '',
    'Avsluta med Ctrl+C. / Stop with Ctrl+C.',
    '',
  ];
  console.log(lines.join('\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}

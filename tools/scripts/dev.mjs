#!/usr/bin/env node
// npm run dev: development mode. The BFF runs from source (tsx watch, port 3000) with the embedded
// database and IdP; the shell's Vite dev server serves the portal at http://localhost:4200 and
// proxies the API to the BFF; each remote runs its own Vite dev server (ports 4301–). Edit and
// the browser updates. `npm run dev -- family-center` runs one module standalone instead (its
// own pages without the shell, at http://localhost:<port>/modules/<id>/) next to the BFF.
import { ensureInstalled, generate, runAsync } from './lib.mjs';

ensureInstalled();
generate();
const only = process.argv[2];
const projects = only ? ['bff', only] : [];
const args = ['nx', 'run-many', '-t', 'dev', '--parallel=16', '--outputStyle=stream'];
if (projects.length) args.push('-p', projects.join(','));
console.log(only ? `▶ ${only} standalone, with the BFF on :3000` : '▶ Luotsi in development at http://localhost:4200');
const child = runAsync('npx', args, { env: { ...process.env, NX_NO_CLOUD: 'true', LUOTSI_BFF_URL: 'http://localhost:3000' } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

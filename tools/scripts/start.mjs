#!/usr/bin/env node
// npm start: the demo. Installs what is missing, builds the portal for production, then runs the
// BFF, which creates and migrates the embedded database and fills it with demo data on first start
// (kept in .data/ across restarts) and serves the whole portal at http://localhost:4200.
import { ensureInstalled, generate, runAsync, runOrExit } from './lib.mjs';

ensureInstalled();
generate();
runOrExit('npx', ['nx', 'run-many', '-t', 'build', '--parallel=2', '--outputStyle=static']);
runOrExit('node', ['tools/scripts/size-report.mjs']);

const port = process.env.PORT ?? '4200';
console.log(`\n▶ Starting Luotsi at http://localhost:${port} (demo mode; Ctrl+C stops)\n`);
const bff = runAsync('node', ['dist/apps/bff/main.mjs'], {
  env: { ...process.env, LUOTSI_MODE: process.env.LUOTSI_MODE ?? 'demo', PORT: port, NX_NO_CLOUD: 'true' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => bff.kill(signal));
bff.on('exit', (code) => process.exit(code ?? 0));

#!/usr/bin/env node
// npm run build: generated code, then every app (the BFF bundle, the shell and the remotes) with
// Nx (cached, 2 in parallel), then the size report.
import { ensureInstalled, generate, runOrExit } from './lib.mjs';

ensureInstalled();
generate();
runOrExit('npx', ['nx', 'run-many', '-t', 'build', '--parallel=2', '--outputStyle=static']);
runOrExit('node', ['tools/scripts/size-report.mjs']);

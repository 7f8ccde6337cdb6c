'use strict';
/**
 * Nx's entry to the `@luotsi/tools:module` generator (see ../generators.json).
 *
 * Nx 23 loads a local generator written in TypeScript through Node's own type stripping
 * (Node >= 22.6) or through @swc-node/register or ts-node. The project runs on Node 20 and has
 * neither package, so this CommonJS file loads generator.ts with tsx, which the repository
 * already uses for its scripts and its build (tools/vite/federation.ts). tsx's `require` is
 * scoped: it compiles this generator's files only and leaves the rest of the Nx process alone.
 */
const { require: tsxRequire } = require('tsx/cjs/api');

const { moduleGenerator } = tsxRequire('./generator.ts', __filename);

module.exports = moduleGenerator;
module.exports.default = moduleGenerator;

/**
 * catalogue:generate — writes the demo region's service catalogue as PTV open API JSON (paged
 * lists of organisations, service channels and services), for `npm run catalogue:import` and
 * benchmarks. The same seed gives the same files.
 *
 *   npm run catalogue:generate -- --services 1500 --out <dir> [--seed 42] [--page-size 500]
 *   npm run catalogue:generate -- --services 50000 --out tmp/ptv-50k
 */
import { generateCatalogue, writeCatalogue } from '@luotsi/services-bff';

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const value = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const number = (name: string, fallback: number) => {
  const text = value(name);
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) fail(`${name} must be a whole number`, 2);
  return Number(text);
};
const out = value('--out');
if (!out) fail('Usage: npm run catalogue:generate -- --services 1500 --out <dir> [--seed 42] [--page-size 500]', 2);

const started = Date.now();
const catalogue = generateCatalogue({ services: number('--services', 1500), seed: number('--seed', 42) });
const files = writeCatalogue(catalogue, out!, number('--page-size', 500));
console.log(
  `Wrote ${catalogue.organizations.length} organisations, ${catalogue.services.length} services and ${catalogue.channels.length} channels ` +
    `in ${files.length} files under ${out} (${((Date.now() - started) / 1000).toFixed(1)} s).`,
);

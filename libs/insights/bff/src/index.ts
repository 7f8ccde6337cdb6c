import { defineBffModule, type BffModule } from '@luotsi/bff-core';
import { suppressionThresholdFrom } from './config';
import { coreIndicators, validateIndicators, type IndicatorDefinition } from './indicators';
import { registerInsightsSchema } from './schema';
import { insightsSeed } from './seed';

export { coreIndicators, validateIndicators, type IndicatorDefinition, type IndicatorDomain, type IndicatorText, type IndicatorUnit } from './indicators';
export { defaultSuppressionThreshold, suppressionThresholdFrom, suppressionThresholdVariable } from './config';
export { insightsRoles } from './schema';
export { protectCells, type Suppression } from './disclosure';

export interface InsightsModuleOptions {
  /** The registry; each domain's indicators will be passed here. */
  indicators?: readonly IndicatorDefinition[];
  /** Counts below this are suppressed; defaults to the environment, else 5. */
  suppressionThreshold?: number;
}

export function createInsightsModule(options: InsightsModuleOptions = {}): BffModule {
  const indicators = validateIndicators(options.indicators ?? coreIndicators);
  const suppressionThreshold = options.suppressionThreshold ?? suppressionThresholdFrom(process.env);
  if (!Number.isInteger(suppressionThreshold) || suppressionThreshold < 1)
    throw new Error(`The suppression threshold must be a whole number of at least 1, got ${suppressionThreshold}`);
  return defineBffModule({
    id: 'insights',
    schema: (builder) => registerInsightsSchema(builder, { indicators, suppressionThreshold }),
    seed: insightsSeed,
  });
}

export const insightsModule = createInsightsModule();

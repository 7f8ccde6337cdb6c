import { defineBffModule } from '@luotsi/bff-core';

export const insightsModule = defineBffModule({ id: 'insights' });

import { defineBffModule } from '@luotsi/bff-core';

export const servicesModule = defineBffModule({ id: 'services' });

import { defineBffModule } from '@luotsi/bff-core';

export const appointmentsModule = defineBffModule({ id: 'appointments' });

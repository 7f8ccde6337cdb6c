import { defineBffModule } from '@luotsi/bff-core';

export const symptomsModule = defineBffModule({ id: 'symptoms' });

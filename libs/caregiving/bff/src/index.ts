import { defineBffModule } from '@luotsi/bff-core';

export const caregivingModule = defineBffModule({ id: 'caregiving' });

import { defineBffModule } from '@luotsi/bff-core';
import { registerIdentitySchema } from './schema';

/** Who is signed in, their children and units. The platform's own module: always first. */
export const identityModule = defineBffModule({ id: 'identity', schema: registerIdentitySchema });

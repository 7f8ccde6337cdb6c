// Standalone development entry: this module's pages without the shell (see @luotsi/module-harness).
import { renderStandalone } from '@luotsi/module-harness';
import manifest from './module';

void renderStandalone(manifest);

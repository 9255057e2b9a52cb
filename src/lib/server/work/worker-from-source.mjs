// The worker as the tests and the command line run it, from TypeScript source through tsx; the
// built app runs the bundled worker instead (see the heavy-worker plugin in vite.config.ts).
import { register } from 'tsx/esm/api';

register();
const { default: work } = await import('./worker.ts');
export default work;

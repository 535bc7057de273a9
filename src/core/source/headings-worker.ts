// Entry point of the headings worker thread. The compile cache is per thread, so it is enabled here before the
// parser's many modules load; then the work itself starts.
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
await import('./read-headings-in-worker.ts');

import '../polyfill.js';
import { handleOutputErrors } from './output.js';
import { main } from './program.js';
import { setCheckWorkerScript } from '../parallel/worker-script.js';

handleOutputErrors();
// The bundle puts the worker's script beside this one.
setCheckWorkerScript(new URL('./check-worker.js', import.meta.url));
process.exitCode = await main(process.argv.slice(2));

import '../polyfill.js';
import { handleOutputErrors } from './output.js';
import { main } from './program.js';

handleOutputErrors();
process.exitCode = await main(process.argv.slice(2));

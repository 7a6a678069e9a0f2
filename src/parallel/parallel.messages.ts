// What `provisio check --concurrency` says: its help, a wrong value, and a run that fell back to one thread.
import { defineMessages } from '../i18n/messages.js';

export const parallelMessages = defineMessages('parallel', {
    'option.concurrency': 'how many threads check the files: a number, auto (the default: one per core, up to 4, once the files add up to 1 MB) or off',
    'error.concurrency': '--concurrency expects a whole number of at least 1, auto or off.',
    'warning.oneThread': 'warning: the check could not run in worker threads ({reason}); it ran in one thread instead. The results are complete.'
}, {
    'option.concurrency': 'hoeveel threads de bestanden controleren: een getal, auto (standaard: één per processorkern, hoogstens 4, zodra de bestanden samen 1 MB groot zijn) of off',
    'error.concurrency': '--concurrency verwacht een geheel getal van minstens 1, auto of off.',
    'warning.oneThread': 'waarschuwing: de controle kon niet in worker-threads draaien ({reason}); ze is in één thread uitgevoerd. De uitkomsten zijn volledig.'
});

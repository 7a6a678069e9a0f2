// What `provisio check --cache` says: its options, and why a cache file was not used or not written.
import { defineMessages } from '../i18n/messages.js';

export const cacheMessages = defineMessages('cache', {
    'option.cache': 'reuse the results of files that did not change, nor did anything they depend on, since the last run with --cache',
    'option.cacheLocation': 'the cache file, or a folder to keep .provisiocache in (default: .provisiocache in the workspace root)',
    'warning.unreadable': 'warning: the cache {file} could not be read ({reason}); every file is checked.',
    'warning.corrupt': 'warning: the cache {file} is damaged; it is ignored and every file is checked.',
    'warning.foreign': 'warning: {file} is not a Provisio cache; it is left as it is and every file is checked. Choose another file with --cache-location.',
    'warning.notWritten': 'warning: the cache {file} could not be written ({reason}); the results are complete, the next run checks every file again.'
}, {
    'option.cache': 'hergebruik de uitkomsten van bestanden die sinds de vorige controle met --cache niet zijn gewijzigd, evenmin als iets waarvan ze afhangen',
    'option.cacheLocation': 'het cachebestand, of een map waarin .provisiocache wordt bewaard (standaard: .provisiocache in de hoofdmap van de werkruimte)',
    'warning.unreadable': 'waarschuwing: de cache {file} kon niet worden gelezen ({reason}); alle bestanden worden gecontroleerd.',
    'warning.corrupt': 'waarschuwing: de cache {file} is beschadigd; hij wordt genegeerd en alle bestanden worden gecontroleerd.',
    'warning.foreign': 'waarschuwing: {file} is geen cache van Provisio; het bestand blijft ongewijzigd en alle bestanden worden gecontroleerd. Kies met --cache-location een ander bestand.',
    'warning.notWritten': 'waarschuwing: de cache {file} kon niet worden geschreven ({reason}); de uitkomsten zijn volledig, bij de volgende controle wordt alles opnieuw gecontroleerd.'
});

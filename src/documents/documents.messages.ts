// Why a source or configuration file was not read: the file problems of the CLI, the
// language server and the configuration reader.
import { defineMessages } from '../i18n/messages.js';

export const messages = defineMessages('documents', {
    unreadable: 'Cannot read this file: {reason}.',
    encoding: 'This file is not UTF-8 text: {reason}. Save it as UTF-8.',
    'reason.notRegular': '{kind, select, folder {it is a folder, not a regular file} fifo {it is a named pipe (FIFO), not a regular file} socket {it is a socket, not a regular file} device {it is a device, not a regular file} other {it is not a regular file}}; Provisio reads only regular files',
    'reason.tooLarge': 'it is larger than the limit of {limit} ({size}); raise `maxFileSize` in the configuration or pass --max-file-size if it is meant to be this large',
    'reason.missing': 'the file does not exist',
    'reason.permission': 'permission denied',
    'reason.folder': 'it is a folder, not a regular file',
    'reason.loop': 'it is a symbolic link that points to itself, directly or through others',
    'reason.other': '{error}',
    'reason.notUtf8': 'it is not UTF-8 text: {reason}',
    'encoding.utf16Mark': 'it is UTF-16 (it starts with a UTF-16 byte order mark)',
    'encoding.utf16': 'it looks like UTF-16 (every other byte is zero)',
    'encoding.nul': 'it contains NUL bytes, so it is a binary file',
    'encoding.invalid': 'it has a byte sequence that is not valid UTF-8 (first at byte {byte})',
    'size.megabytes': '{size} MB',
    'size.kilobytes': '{size} KB',
    'size.bytes': '{size, plural, one {# byte} other {# bytes}}'
}, {
    unreadable: 'Dit bestand is niet te lezen: {reason}.',
    encoding: 'Dit bestand is geen UTF-8-tekst: {reason}. Sla het op als UTF-8.',
    'reason.notRegular': '{kind, select, folder {het is een map, geen gewoon bestand} fifo {het is een named pipe (FIFO), geen gewoon bestand} socket {het is een socket, geen gewoon bestand} device {het is een apparaat, geen gewoon bestand} other {het is geen gewoon bestand}}; Provisio leest alleen gewone bestanden',
    'reason.tooLarge': 'het is groter dan de grens van {limit} ({size}); verhoog `maxFileSize` in de configuratie of geef --max-file-size mee als het zo groot hoort te zijn',
    'reason.missing': 'het bestand bestaat niet',
    'reason.permission': 'geen toestemming om het te lezen',
    'reason.folder': 'het is een map, geen gewoon bestand',
    'reason.loop': 'het is een symbolische koppeling die, direct of via andere, naar zichzelf verwijst',
    'reason.other': '{error}',
    'reason.notUtf8': 'het is geen UTF-8-tekst: {reason}',
    'encoding.utf16Mark': 'het is UTF-16 (het begint met een UTF-16-bytevolgordemarkering)',
    'encoding.utf16': 'het lijkt UTF-16 (elke tweede byte is nul)',
    'encoding.nul': 'het bevat NUL-bytes en is dus een binair bestand',
    'encoding.invalid': 'het bevat een bytereeks die geen geldige UTF-8 is (de eerste bij byte {byte})',
    'size.megabytes': '{size} MB',
    'size.kilobytes': '{size} KB',
    'size.bytes': '{size, plural, one {# byte} other {# bytes}}'
});

/** Paths given on the command line that cannot be checked. */
export const pathMessages = defineMessages('paths', {
    missing: '{path}: no such file or folder.',
    permission: '{path}: permission denied.',
    folder: '{path}: is a folder, not a file.',
    other: '{path}: {error}',
    notSource: '{path}: not a {extension} file.'
}, {
    missing: '{path}: dit bestand of deze map bestaat niet.',
    permission: '{path}: geen toestemming.',
    folder: '{path}: is een map, geen bestand.',
    other: '{path}: {error}',
    notSource: '{path}: geen {extension}-bestand.'
});

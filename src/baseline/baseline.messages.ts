// What `provisio check --baseline` and `--baseline-write` say: their help, a baseline file
// that cannot be used, and the note on entries that no longer occur. Flags, rule ids and
// file names stay as written.
import { defineMessages } from '../i18n/messages.js';

export const messages = defineMessages('baseline', {
    'option.baseline': 'report and fail only on findings that are not in this baseline file; list its entries that no longer occur',
    'option.baselineWrite': 'record the findings of this run in this baseline file (JSON) and report none of them; entries of files not checked are kept',
    'error.unreadable': 'Cannot read the baseline {file}: {reason}. Record one with --baseline-write {file}.',
    'error.notFound': 'no such file',
    'error.notJson': '{file}:{line}:{column}: the baseline is not valid JSON ({error}). Record it again with --baseline-write {file}.',
    'error.notBaseline': '{file}:{line}:{column}: not a Provisio baseline: {problem, select, root {expected an object with `version` and `findings`} version {`version` must be {version}} findings {`findings` must be a list} entry {each finding must have the texts `rule`, `message`, `file`, `declaration`, `path` and `content` and a whole number `count` of at least 1} other {{problem}}}. Record it again with --baseline-write {file}.',
    'error.cannotWrite': 'Cannot write the baseline {file}: {reason}.',
    written: 'Recorded {count, plural, =0 {no findings} one {# finding} other {# findings}} in the baseline {file}.',
    matched: '{count, plural, one {# finding is} other {# findings are}} in the baseline {file} and not reported.',
    stale: '{count, plural, one {# baseline entry no longer occurs} other {# baseline entries no longer occur}}; run --baseline-write to prune:',
    staleEntry: '  {file}  {rule}  {path}{count, plural, one {} other { (#×)}}'
}, {
    'option.baseline': 'meld alleen bevindingen die niet in dit baselinebestand staan, en faal alleen daarop; toon de vermeldingen die niet meer voorkomen',
    'option.baselineWrite': 'leg de bevindingen van deze controle vast in dit baselinebestand (JSON) en meld er geen van; vermeldingen van bestanden die niet zijn gecontroleerd blijven staan',
    'error.unreadable': 'De baseline {file} is niet te lezen: {reason}. Leg er een vast met --baseline-write {file}.',
    'error.notFound': 'het bestand bestaat niet',
    'error.notJson': '{file}:{line}:{column}: de baseline is geen geldige JSON ({error}). Leg hem opnieuw vast met --baseline-write {file}.',
    'error.notBaseline': '{file}:{line}:{column}: geen baseline van Provisio: {problem, select, root {verwacht een object met `version` en `findings`} version {`version` moet {version} zijn} findings {`findings` moet een lijst zijn} entry {elke bevinding moet de teksten `rule`, `message`, `file`, `declaration`, `path` en `content` hebben en een geheel getal `count` van ten minste 1} other {{problem}}}. Leg hem opnieuw vast met --baseline-write {file}.',
    'error.cannotWrite': 'De baseline {file} kan niet worden geschreven: {reason}.',
    written: '{count, plural, =0 {Geen bevindingen} one {# bevinding} other {# bevindingen}} vastgelegd in de baseline {file}.',
    matched: '{count, plural, one {# bevinding staat} other {# bevindingen staan}} in de baseline {file} en {count, plural, one {wordt} other {worden}} niet gemeld.',
    stale: '{count, plural, one {# vermelding in de baseline komt} other {# vermeldingen in de baseline komen}} niet meer voor; voer --baseline-write uit om de baseline op te schonen:',
    staleEntry: '  {file}  {rule}  {path}{count, plural, one {} other { (#×)}}'
});

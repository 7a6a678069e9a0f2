import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('scope/form-declared', {
    description: 'A provision or umbrella declares the form of the data: analytical, evaluated, unevaluated or bulk.',
    rationale: 'CTIVD report 65 found that the line between evaluated and unevaluated data was unclear. The form decides which approval and which notification a provision needs, so it is stated, not guessed.',
    source: 'CTIVD report 65',
    undeclared: '{subject} does not declare the form of the data. Add `form analytical`, `evaluated`, `unevaluated` or `bulk` to its `{block}` block.'
}, {
    description: 'Een verstrekking of overkoepelende toestemming vermeldt in welke vorm de gegevens worden verstrekt: als analyseproduct, als geëvalueerde of ongeëvalueerde gegevens, of als bulkdata.',
    rationale: 'Volgens CTIVD-rapport 65 was de grens tussen geëvalueerde en ongeëvalueerde gegevens onduidelijk. De vorm bepaalt welke toestemming en welke melding een verstrekking nodig heeft; daarom wordt zij vermeld en niet afgeleid.',
    source: 'CTIVD-rapport 65',
    undeclared: '{subject} vermeldt niet in welke vorm de gegevens worden verstrekt. Voeg `form analytical`, `evaluated`, `unevaluated` of `bulk` toe aan het blok `{block}`.'
});

import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('umbrella/multilateral-yearly', {
    description: 'A multilateral umbrella is valid for at most twelve months and is approved by the minister.',
    rationale: 'The minister reviews the umbrella permissions for multilateral partnerships every year and decides on their renewal. A longer validity, or a lower approval, escapes that yearly review.',
    source: 'Policy response of 12 October 2021 (multilateral cooperation)',
    fix: 'A validity that is too long ends on the last day allowed; provisions dated after it are then reported as outside the umbrella. A missing or too low approval becomes `approved <required level>`; a new approval line has no date, so approval/required-approval asks for it. Offered in the editor only: `provisio check --fix` changes neither a validity nor an approval.',
    'option.maxValidityMonths': 'The longest validity, in months, of a multilateral umbrella.',
    'option.requiredApproval': 'Who must approve a multilateral umbrella.',
    tooLong: 'Multilateral umbrella {name} is valid from {from} to {to}, longer than {months, plural, one {# month} other {# months}}. The minister reviews it every year: end it within {months, plural, one {# month} other {# months}} and renew it.',
    approvedTooLow: 'Multilateral umbrella {name} is approved by {level}; it needs the approval of {required}. Add or change `approved {keyword} on <date>`.',
    notApproved: 'Multilateral umbrella {name} is not approved; it needs the approval of {required}. Add `approved {keyword} on <date>`.',
    shortenValidity: 'End the validity on {date}',
    addApproval: 'Add `approved {keyword}` (then add the date)',
    raiseApproval: 'Change the approval to `{keyword}`'
}, {
    description: 'Een overkoepelende toestemming voor multilaterale samenwerking geldt ten hoogste twaalf maanden en wordt door de minister verleend.',
    rationale: 'De minister beoordeelt de overkoepelende toestemmingen voor multilaterale samenwerkingsverbanden jaarlijks en besluit over hun verlenging. Een langere geldigheidsduur, of toestemming op een lager niveau, ontsnapt aan die jaarlijkse beoordeling.',
    source: 'Beleidsreactie van 12 oktober 2021 (multilaterale samenwerking)',
    fix: 'Een te lange geldigheidsduur eindigt op de laatste toegestane dag; verstrekkingen die daarna zijn gedateerd, worden dan gemeld als buiten de overkoepelende toestemming. Ontbrekende of te lage toestemming wordt `approved <vereist niveau>`; een nieuwe toestemming heeft geen datum, zodat approval/required-approval erom vraagt. Alleen in de editor: `provisio check --fix` wijzigt geen geldigheidsduur en geen toestemming.',
    'option.maxValidityMonths': 'De langste geldigheidsduur, in maanden, van een overkoepelende toestemming voor multilaterale samenwerking.',
    'option.requiredApproval': 'Wie toestemming moet geven voor multilaterale samenwerking.',
    tooLong: 'De multilaterale samenwerking {name} geldt van {from} tot en met {to}, langer dan {months, plural, one {# maand} other {# maanden}}. De minister beoordeelt haar jaarlijks: laat haar binnen {months, plural, one {# maand} other {# maanden}} eindigen en verleng haar daarna.',
    approvedTooLow: 'Voor de multilaterale samenwerking {name} heeft {level} toestemming gegeven; daarvoor is toestemming van {required} nodig. Voeg `approved {keyword} on <datum>` toe of pas de toestemming daarop aan.',
    notApproved: 'Voor de multilaterale samenwerking {name} is geen toestemming vastgelegd; daarvoor is toestemming van {required} nodig. Voeg `approved {keyword} on <datum>` toe.',
    shortenValidity: 'Laat de geldigheidsduur eindigen op {date}',
    addApproval: 'Voeg `approved {keyword}` toe (en daarna de datum)',
    raiseApproval: 'Wijzig de toestemming in `{keyword}`'
});

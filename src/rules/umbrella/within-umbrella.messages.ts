import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('umbrella/within-umbrella', {
    description: 'A provision made under an umbrella falls inside it: its date in the validity period, its recipients among the umbrella\'s, its categories, form, number of subjects and period inside the umbrella\'s scope.',
    rationale: 'An umbrella permission or authorisation note justifies only the provisions its period, recipients and scope describe. A provision outside those bounds has no justification at all.',
    source: 'Policy response of 12 October 2021 (umbrella permissions); CTIVD report 73 (preconditions)',
    fix: 'A provision dated outside the umbrella\'s validity gets two fixes, neither preferred: move its date to the nearest day of the validity (only when it was in fact made then), or remove the `under` clause, so it is justified on its own; the rules then report what it no longer inherits (approval, conditions, mitigations). Offered in the editor only: `provisio check --fix` applies neither.',
    noValidity: '{umbrella} states no validity period, so {provision} cannot be shown to fall inside it. Add `valid <from> to <to>` to the umbrella.',
    outsideValidity: '{subject} is dated {date}, outside the validity of {umbrella} ({from} to {to}). Make it as an incidental provision or under an umbrella in force.',
    otherRecipient: '{subject} gives data to {recipient}, which is not a recipient of {umbrella}.',
    allCategories: '{subject} gives all categories of data, but {umbrella} allows only {categories}.',
    otherCategory: '{subject} gives {category} data, which is outside the scope of {umbrella}.',
    otherForm: '{subject} gives {form} data, but {umbrella} allows only {forms}.',
    noForms: '{subject} gives {form} data, but {umbrella} declares no form of data.',
    tooManySubjects: '{subject} concerns {count, plural, one {# subject} other {# subjects}}, more than the {limit} that {umbrella} allows.',
    allSubjects: '{subject} concerns all subjects, more than the {limit} that {umbrella} allows.',
    otherPeriod: '{subject} covers data from {from} to {to}, outside the period of {umbrella} ({scopeFrom} to {scopeTo}).',
    otherService: '{subject} is made by {service}, but {umbrella} is held by {holder}.',
    moveDate: 'Move the date to {date}, within the validity',
    removeUnder: 'Remove `under {umbrella}`: justify the provision on its own'
}, {
    description: 'Een verstrekking onder een overkoepelende toestemming valt daarbinnen: haar datum binnen de geldigheidsduur, haar ontvangers onder die van de toestemming, en haar categorieën, vorm, aantal betrokkenen en periode binnen de afbakening ervan.',
    rationale: 'Een overkoepelende toestemming of autorisatienota verantwoordt alleen de verstrekkingen die binnen haar geldigheidsduur, ontvangers en afbakening vallen. Een verstrekking daarbuiten is in het geheel niet verantwoord.',
    source: 'Beleidsreactie van 12 oktober 2021 (overkoepelende toestemmingen); CTIVD-rapport 73 (randvoorwaarden)',
    fix: 'Een verstrekking gedateerd buiten de geldigheidsduur van de overkoepelende toestemming krijgt twee oplossingen, geen van beide voorkeur: verplaats de datum naar de dichtstbijzijnde dag binnen de geldigheidsduur (alleen als zij werkelijk toen is gedaan), of verwijder `under`, zodat de verstrekking op zichzelf wordt verantwoord; de regels melden daarna wat zij niet langer overneemt (toestemming, voorwaarden, mitigerende maatregelen). Alleen in de editor: `provisio check --fix` past geen van beide toe.',
    noValidity: '{umbrella} vermeldt geen geldigheidsduur, zodat niet blijkt dat {provision} daarbinnen valt. Vermeld de geldigheidsduur met `valid <from> to <to>`.',
    outsideValidity: '{subject} is gedateerd op {date}, buiten de geldigheidsduur van {umbrella} ({from} tot en met {to}). Verantwoord de verstrekking als incidentele verstrekking of onder een overkoepelende toestemming die op die datum geldt.',
    otherRecipient: '{subject} verstrekt gegevens aan {recipient}, maar die dienst is geen ontvanger onder {umbrella}.',
    allCategories: '{subject} verstrekt alle categorieën gegevens, maar {umbrella} staat alleen {categories} toe.',
    otherCategory: '{subject} verstrekt gegevens van de categorie {category}, die buiten de afbakening van {umbrella} valt.',
    otherForm: '{subject} verstrekt gegevens in de vorm `{form}`, maar {umbrella} staat alleen {forms} toe.',
    noForms: '{subject} verstrekt gegevens in de vorm `{form}`, maar {umbrella} noemt geen vorm van gegevens.',
    tooManySubjects: '{subject} betreft {count, plural, one {# betrokkene} other {# betrokkenen}}, meer dan de {limit} die {umbrella} toestaat.',
    allSubjects: '{subject} betreft alle betrokkenen, meer dan de {limit} die {umbrella} toestaat.',
    otherPeriod: '{subject} betreft gegevens van {from} tot en met {to}, buiten de periode van {umbrella} ({scopeFrom} tot en met {scopeTo}).',
    otherService: '{subject} wordt gedaan door de {service}, maar {umbrella} is verleend aan de {holder}.',
    moveDate: 'Verplaats de datum naar {date}, binnen de geldigheidsduur',
    removeUnder: 'Verwijder `under {umbrella}`: verantwoord de verstrekking op zichzelf'
});

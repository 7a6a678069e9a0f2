// Two weighing notes of one recipient assessed on the same day: which one is in force would
// depend on the order they are written in, so it is an error, and until it is resolved the
// stricter note (the one with more risks) governs, whatever the order.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createTestWorkspace, withCode, type TestWorkspace } from '../support/workspace.js';

const note = (name: string, humanRights: string) => `    weighing-note ${name} {
        assessed 2021-01-01 method joint review-due 2023-01-01
        democratic-anchoring adequate human-rights ${humanRights} professionalism adequate
        legal-powers adequate data-protection adequate permits analytical, personal-data
    }`;
const adequate = note('WN-Z', 'adequate');
const risky = note('WN-Z2', 'risk "Detainees reported ill-treated"');

const provision = `service AIVD
provision P-9 {
    by AIVD
    to ZZ
    date 2021-03-01
    data { form analytical subjects 2 "two members of the network" categories identity period 2020-01-01 to 2020-12-31 }
    necessity """
        The two members of the network travel through the country of ZZ next month, and only ZZ can
        confirm their identities at the border before they reach the training camp they are heading for.
    """
    conditions third-party-rule, intelligence-use-only
    approved mandated-official on 2021-02-25
}
`;

let workspace: TestWorkspace;
beforeAll(async () => { workspace = await createTestWorkspace(); });
afterEach(() => workspace.clear());

describe('weighing notes assessed on the same day', () => {
    test.each([['adequate first', [adequate, risky]], ['risky first', [risky, adequate]]])('%s: an error on the second note, and the note with the risk governs', async (_order, notes) => {
        const { registry, p } = await workspace.build({ registry: `recipient ZZ "Zedland Service" {\n${notes.join('\n')}\n}\n`, p: provision });
        expect(withCode(registry, 'language/repeated-clause').map(diagnostic => diagnostic.message)).toEqual([
            expect.stringMatching(/^Weighing notes WN-Z2? and WN-Z2? of ZZ are both assessed on 2021-01-01, so which one is in force is unclear/)
        ]);
        expect(withCode(p, 'risk/mitigation-required')).toHaveLength(1);
    });
});

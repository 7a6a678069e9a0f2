// The snippets of whole declarations and clauses, in VS Code's snippet syntax: offered by
// completion and used by the extension's "New provision" command. Plain text only, so the
// extension can use them without loading the language.
import { allCriteria } from '../model/recipients.js';

export type SnippetKey = 'provision' | 'group-provision' | 'background-check' | 'umbrella' | 'recipient' | 'data' | 'mitigation';

const dataBlock = (first: number, date: string) => [
    `data {`,
    `    form \${${first}|analytical,evaluated,unevaluated,bulk|}`,
    `    subjects \${${first + 1}:1} "\${${first + 2}:who they are}"`,
    `    categories \${${first + 3}:identity}`,
    `    period \${${first + 4}:${date}} to \${${first + 5}:${date}}`,
    `}`
];

/** A snippet in VS Code's syntax; a provision's default name is `id` when given. */
export function snippetText(key: SnippetKey, date: string, id = `P-${date.slice(0, 4)}-0000`): string {
    const provision = (keyword: string, to: string, extra: string[] = []) => [
        `${keyword} \${1:${id}} "\${2:title}" {`,
        `    by \${3|AIVD,MIVD|}`,
        `    to ${to}`,
        `    date ${date}`,
        ...dataBlock(6, date).map(line => `    ${line}`),
        `    necessity """`,
        `        \${0:Why this provision is necessary, in this case.}`,
        `    """`,
        ...extra,
        `}`
    ];
    switch (key) {
        case 'provision': return provision('provision', '${4:RecipientName}').join('\n');
        case 'group-provision': return provision('group-provision', '${4:FirstRecipient}, ${5:SecondRecipient}').join('\n');
        case 'background-check': return provision('background-check', '${4:RecipientName}', ['    conditions third-party-rule, destruction-request']).join('\n');
        case 'umbrella': return [
            `umbrella \${1:OT-${date.slice(0, 4)}-NAME} "\${2:title}" {`,
            `    by \${3|AIVD,MIVD|}`,
            `    kind \${4|umbrella-permission,authorisation-note,multilateral|}`,
            `    recipients \${5:RecipientName}`,
            `    valid ${date} to \${6:${date.slice(0, 4)}-12-31}`,
            `    approved \${7|minister,head-of-service|} on ${date}`,
            `    scope {`,
            `        form \${8|analytical,evaluated,unevaluated,bulk|}`,
            `        subjects at-most \${9:10} "\${10:who they are}"`,
            `        categories \${11:identity}`,
            `    }`,
            `    necessity """`,
            `        \${0:Why a series of provisions is necessary.}`,
            `    """`,
            `    conditions third-party-rule, intelligence-use-only`,
            `}`
        ].join('\n');
        case 'recipient': return [
            `recipient \${1:Name} "\${2:full name of the service}" {`,
            `    country "\${3:XX}"`,
            `    weighing-note \${4:WN-XX-${date.slice(0, 4)}} {`,
            `        assessed ${date}`,
            `        method joint`,
            `        review-due \${5:${Number(date.slice(0, 4)) + 2}${date.slice(4)}}`,
            ...allCriteria.map((criterion, index) => `        ${criterion} \${${6 + index}|adequate,risk "reason"|}`),
            `        permits \${11:analytical}`,
            `    }`,
            `}`
        ].join('\n');
        case 'data': return dataBlock(1, date).join('\n');
        case 'mitigation': return `mitigation for \${1|${allCriteria.join(',')}|} "\${0:what limits the risk}"`;
    }
}

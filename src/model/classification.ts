// Dutch classification markings (rubriceringen), lowest first. A derived document carries
// at least the highest marking of its sources, so the order matters.

export const classificationMarkings = [
    'ONGERUBRICEERD',
    'DEPARTEMENTAAL VERTROUWELIJK',
    'STG. CONFIDENTIEEL',
    'STG. GEHEIM',
    'STG. ZEER GEHEIM'
] as const;

export type ClassificationMarking = typeof classificationMarkings[number];

const spelledOut: Record<string, ClassificationMarking> = {
    'STAATSGEHEIM CONFIDENTIEEL': 'STG. CONFIDENTIEEL',
    'STAATSGEHEIM GEHEIM': 'STG. GEHEIM',
    'STAATSGEHEIM ZEER GEHEIM': 'STG. ZEER GEHEIM'
};

/** The marking a text stands for, accepting any letter case and the spelled-out forms. */
export function parseClassification(text: string): ClassificationMarking | undefined {
    const normalized = text.trim().replace(/\s+/g, ' ').toUpperCase();
    return (classificationMarkings as readonly string[]).includes(normalized)
        ? normalized as ClassificationMarking
        : spelledOut[normalized];
}

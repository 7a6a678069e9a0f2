// `docsBaseUrl`: where a team hosts its copy of the repository (or of its docs folder's
// parent), so that every link to a rule's page points there instead of into the installed package.

const linkableProtocols = new Set(['http:', 'https:', 'file:']);

/** The address as a folder URL (ending in `/`), or undefined when it is not an absolute http(s) or file URL. */
export function parseDocsBaseUrl(value: unknown): string | undefined {
    if (typeof value !== 'string' || !URL.canParse(value.trim())) {
        return undefined;
    }
    const url = new URL(value.trim());
    if (!linkableProtocols.has(url.protocol) || (url.protocol !== 'file:' && url.hostname === '')) {
        return undefined;
    }
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * fetch with the page's identity (its cookies, its origin). Chrome's content-script fetch already
 * is; Firefox's runs as the extension unless it goes through `content.fetch`.
 */
export function pageFetch(): typeof fetch {
  const content = (globalThis as { content?: { fetch?: typeof fetch } }).content;
  return content?.fetch ? content.fetch.bind(content) : globalThis.fetch.bind(globalThis);
}

// Zod-free, so both classic zod (extension pages, CLI) and zod/mini (content script) use it.

interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** Formats validation issues as one line naming each bad path, e.g. "ticket.id: expected number". */
export function describeIssues(issues: readonly Issue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

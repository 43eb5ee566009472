import type { Notice } from '@/lib/schema';

/** What could not be read, said plainly, so an empty value is never mistaken for "not set". */
export function Notices({ notices }: { notices: Notice[] }) {
  if (!notices.length) return null;
  return (
    <section className="notices" role="status" aria-label="What could not be read" data-testid="notices">
      <h3>Couldn't read everything</h3>
      <ul>
        {notices.map((n) => (
          <li key={`${n.source}:${n.part}`} data-part={n.part} data-source={n.source}>
            {n.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

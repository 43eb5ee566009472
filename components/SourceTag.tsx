import type { Source } from '@/lib/schema';

const LABELS: Record<Source, { text: string; title: string }> = {
  dom: { text: 'page', title: 'Read from the ticket page just now' },
  api: { text: 'API', title: "Read from the helpdesk's API with your session" },
  cache: { text: 'cached', title: 'Not read this time: the last value cached on this device' },
};

/** Where a value came from, as a small tag next to it. */
export function SourceTag({ source }: { source: Source | undefined }) {
  if (!source) return null;
  const label = LABELS[source];
  return (
    <span className={`source source-${source}`} title={label.title} data-source={source}>
      {label.text}
    </span>
  );
}

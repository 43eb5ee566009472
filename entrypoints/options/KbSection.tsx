import { useState } from 'react';
import { KbImport } from '@/components/kb/KbImport';
import { KbSources } from '@/components/kb/KbSources';
import { KbSuggestSettings } from '@/components/kb/KbSuggestSettings';

/** The knowledge base: where articles come from, importing files, and how suggestions are shown. */
export function KbSection() {
  const [version, setVersion] = useState(0);
  return (
    <section aria-labelledby="kb-h" id="kb">
      <h2 id="kb-h">Knowledge base</h2>
      <KbSources version={version} />
      <KbImport onImported={() => setVersion((v) => v + 1)} />
      <KbSuggestSettings />
    </section>
  );
}

import { DataSection } from './DataSection';
import { DomainsSection } from './DomainsSection';
import { EscalationSection } from './EscalationSection';
import { HygieneSection } from './HygieneSection';
import { KbSection } from './KbSection';
import { RetentionSection } from './RetentionSection';
import { TargetsSection } from './TargetsSection';

/** Every Deskside setting and every byte it stores, under the user's control. */
export function App() {
  return (
    <main>
      <h1>Deskside settings</h1>
      <DomainsSection />
      <RetentionSection />
      <HygieneSection />
      <KbSection />
      <TargetsSection />
      <DataSection />
      <EscalationSection />
    </main>
  );
}

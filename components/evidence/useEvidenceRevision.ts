import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { call } from '@/components/rpc';
import { EVIDENCE_REVISION_KEY, evidenceSeen } from '@/lib/schema/evidence-rpc';

/**
 * A number that changes whenever the background stores, attaches or deletes evidence, so a panel
 * reloads when a capture lands while it is open. Mounting it also clears the capture badge: the
 * user is looking at Deskside.
 */
export function useEvidenceRevision(): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    void call(evidenceSeen, {}).catch(() => undefined); // the badge is a hint; a failure here changes nothing stored
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[EVIDENCE_REVISION_KEY]) {
        setRevision((n) => n + 1);
        void call(evidenceSeen, {}).catch(() => undefined);
      }
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  return revision;
}

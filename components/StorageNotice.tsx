import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { storageNoticeText } from '@/lib/format/storage-notice';
import { STORAGE_NOTICE_KEY, StorageNotice as NoticeSchema, type StorageNotice as Notice } from '@/lib/schema/storage';

const parse = (raw: unknown): Notice | null => {
  const r = NoticeSchema.safeParse(raw);
  return r.success ? r.data : null;
};

/** The storage notice the background persisted, live: null when there is none. */
export function useStorageNotice(): Notice | null {
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => {
    let live = true;
    void browser.storage.local.get(STORAGE_NOTICE_KEY).then((got) => {
      if (live) setNotice(parse(got[STORAGE_NOTICE_KEY]));
    });
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[STORAGE_NOTICE_KEY];
      if (area === 'local' && change) setNotice(parse(change.newValue));
    };
    browser.storage.onChanged.addListener(onChange);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChange);
    };
  }, []);
  return notice;
}

/** What the banner shows; separate from the hook so it renders anywhere. */
export function StorageNoticeBanner({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const text = storageNoticeText(notice);
  return (
    <section className="storage-notice" role="alert" aria-label="Storage full" data-testid="storage-notice">
      <strong>{text.title}</strong>
      {text.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p>{text.action}</p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>Open options</button>{' '}
      <button type="button" onClick={onDismiss} data-testid="storage-notice-dismiss">Dismiss</button>
    </section>
  );
}

/**
 * Tells the user storage ran out: what was removed, what waits to be saved, what to do. Shown by
 * the sidebar and popup until dismissed (or until the background clears it after a save works).
 */
export function StorageNotice() {
  const notice = useStorageNotice();
  if (!notice) return null;
  return <StorageNoticeBanner notice={notice} onDismiss={() => void browser.storage.local.remove(STORAGE_NOTICE_KEY)} />;
}

import { describe, expect, it } from 'vitest';
import { mergeSnapshots } from '@/lib/sites/merge';
import { snapshot } from '../snapshot-factory';

const comment = (id: string) => ({ id, authorRole: 'end-user' as const, authorName: 'A', public: true, createdAt: null, text: id });

describe('mergeSnapshots', () => {
  const dom = snapshot({
    sources: ['dom'],
    subject: 'From page',
    status: 'open',
    comments: [comment('3')],
    fieldSources: { subject: 'dom', status: 'dom', comments: 'dom' },
    notices: [{ source: 'dom', part: 'type', message: "Couldn't read the type" }],
  });
  const api = snapshot({
    sources: ['api'],
    status: 'pending',
    type: 'problem',
    comments: [comment('1'), comment('2'), comment('3')],
    fieldSources: { status: 'api', type: 'api', comments: 'api' },
    notices: [{ source: 'api', part: 'metrics', message: 'Metrics: 403' }],
  });

  it('lets the API win where it has a value and the page fill the rest', () => {
    const m = mergeSnapshots(dom, api);
    expect(m.subject).toBe('From page');
    expect(m.fieldSources.subject).toBe('dom');
    expect(m.status).toBe('pending');
    expect(m.fieldSources.status).toBe('api');
    expect(m.comments).toHaveLength(3);
    expect(m.sources).toEqual(['api', 'dom']);
  });

  it('drops a notice once another source read that part, and keeps the others', () => {
    const m = mergeSnapshots(dom, api);
    expect(m.notices.map((n) => n.part)).toEqual(['metrics']);
  });

  it('keeps the longer comment list: the page may show only the latest comments', () => {
    const m = mergeSnapshots(api, dom);
    expect(m.comments.map((c) => c.id)).toEqual(['1', '2', '3']);
  });
});

describe('mergeSnapshots notices', () => {
  it("keeps a source's notice about a part that same source read only in part", () => {
    const partial = snapshot({
      sources: ['api'],
      comments: [comment('1')],
      fieldSources: { comments: 'api' },
      notices: [{ source: 'api', part: 'comments', message: 'Only the first 4 comments are shown.' }],
    });
    const m = mergeSnapshots(snapshot({ sources: ['dom'] }), partial);
    expect(m.notices.map((n) => n.message)).toEqual(['Only the first 4 comments are shown.']);
  });
});

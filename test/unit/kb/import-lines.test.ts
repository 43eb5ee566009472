import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importKbFile } from '../../../lib/kb/import/detect';
import { KbImportError } from '../../../lib/kb/import/errors';
import { importJson } from '../../../lib/kb/import/lines';

const FIX = path.resolve(__dirname, '../../fixtures/kb');
const read = (name: string) => readFileSync(path.join(FIX, name), 'utf8');

function failure(run: () => unknown): KbImportError {
  try {
    run();
  } catch (err) {
    if (err instanceof KbImportError) return err;
    throw err;
  }
  throw new Error('expected the import to fail');
}

describe('JSON Lines and JSON array import', () => {
  it('reads every line, skipping blank ones, with numeric ids as strings', () => {
    const { articles } = importKbFile(read('articles.jsonl'), 'articles.jsonl');
    expect(articles.map((a) => a.id)).toEqual(['j-1', '2']);
    expect(articles[0]).toMatchObject({ source: 'file', title: 'Webhook signatures', labels: ['webhooks'], url: 'https://help.example.com/j-1' });
    expect(articles[1]).toMatchObject({ labels: [], url: null, section: null, updatedAt: null });
  });

  it('reads a JSON array and BEIR-style lines (_id, text, no title)', () => {
    const array = importJson('[{"id":"a","title":"T","body":"B"}]', 'kb.json').articles;
    expect(array).toHaveLength(1);
    const beir = importJson('{"_id":"doc9","text":"Only a body"}\n', 'corpus.jsonl').articles[0];
    expect(beir).toMatchObject({ id: 'doc9', title: '', body: 'Only a body' });
  });

  it('names the line of invalid JSON and returns nothing', () => {
    const text = '{"id":"a","title":"A","body":"x"}\n{"id":"b","title":"B","body":"y"\n';
    const err = failure(() => importJson(text, 'kb.jsonl'));
    expect(err.message).toMatch(/^kb\.jsonl: line 2: not valid JSON/);
  });

  it('names the line and the field that is wrong', () => {
    const text = '{"id":"a","title":"A","body":"x"}\n\n{"id":"b","title":"B","body":42}\n';
    expect(failure(() => importJson(text, 'kb.jsonl')).message).toMatch(/^kb\.jsonl: line 3: body: /);
    expect(failure(() => importJson('[{"id":"a","title":"A","body":"x"},{"title":"B","body":"y"}]', 'kb.json')).message).toMatch(/^kb\.json: item 2: id: /);
  });

  it('refuses a repeated id, naming both lines', () => {
    const text = '{"id":"a","title":"A","body":"x"}\n{"id":"a","title":"B","body":"y"}\n';
    expect(failure(() => importJson(text, 'kb.jsonl')).message).toBe('kb.jsonl: line 2: id "a" is already used at line 1');
  });

  it('points at the line of a syntax error in a pretty-printed JSON array', () => {
    const text = '[\n  {"id": "a", "title": "A", "body": "x"},\n  {"id": "b", "title": "B" "body": "y"}\n]\n';
    expect(failure(() => importJson(text, 'kb.json')).message).toMatch(/^kb\.json: line 3: not valid JSON/);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../lib/kb/import/csv';
import { importKbFile } from '../../../lib/kb/import/detect';

const FIX = path.resolve(__dirname, '../../fixtures/kb');

describe('CSV import', () => {
  it('reads quoted fields with commas, doubled quotes and newlines; header case does not matter', () => {
    const { articles } = importKbFile(readFileSync(path.join(FIX, 'articles.csv'), 'utf8'), 'articles.csv');
    expect(articles.map((a) => a.id)).toEqual(['csv-1', 'csv-2', 'csv-3']);
    expect(articles[0]!.body).toBe('Admins open Admin > Users, pick the user and choose "Reset 2FA".\nThe user sets it up again on the next sign-in.');
    expect(articles[0]!.labels).toEqual(['mfa', 'security']);
    expect(articles[1]).toMatchObject({ title: 'Rate limits, quotas and 429s', labels: ['api', 'rate-limit'], url: null });
    expect(articles[2]).toMatchObject({ labels: [], url: 'https://help.example.com/csv-3' });
  });

  it('handles CRLF line ends and a byte-order mark', () => {
    const { articles } = importCsv('\ufeffid,title,body\r\n1,A,first\r\n2,B,second\r\n', 'win.csv');
    expect(articles.map((a) => [a.id, a.body])).toEqual([['1', 'first'], ['2', 'second']]);
  });

  it('names a missing column', () => {
    expect(() => importCsv('id,name,body\n1,A,x\n', 'kb.csv')).toThrow('kb.csv: line 1: the header has no title column (found: id, name, body)');
  });

  it('names the line of a row with the wrong number of fields, counting embedded newlines', () => {
    const text = 'id,title,body\n1,A,"two\nlines"\n2,B,x,extra\n';
    expect(() => importCsv(text, 'kb.csv')).toThrow('kb.csv: line 4: expected 3 fields as in the header, found 4');
  });

  it('names the line where an unclosed quote starts, and an empty id', () => {
    expect(() => importCsv('id,title,body\n1,A,ok\n2,B,"never closed\n3,C,x\n', 'kb.csv')).toThrow('kb.csv: line 3: a quoted field is never closed');
    expect(() => importCsv('id,title,body\n ,A,x\n', 'kb.csv')).toThrow('kb.csv: line 2: id is empty');
  });
});

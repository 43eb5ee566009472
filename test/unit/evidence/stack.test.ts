import { describe, expect, it } from 'vitest';
import { parseRedacted } from '@/lib/evidence';

const traces = (text: string) => parseRedacted(text, {}, { capturedAt: '2026-11-27T02:00:00Z' }).stackTraces;

describe('stack traces per language', () => {
  it('Java: frames, causes with their own frames, omitted frames', () => {
    const [t, ...rest] = traces(
      [
        'java.lang.IllegalStateException: batch closed',
        '\tat com.acme.Batch.add(Batch.java:42)',
        '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
        'Caused by: java.io.IOException: broken pipe',
        '\tat com.acme.Io.write(Io.java:7) ~[acme-io-1.2.jar:1.2]',
        '\t... 1 more',
      ].join('\n'),
    );
    expect(rest).toEqual([]);
    expect(t).toEqual({
      language: 'java',
      exception: 'java.lang.IllegalStateException',
      message: 'batch closed',
      frames: [
        { fn: 'com.acme.Batch.add', file: 'Batch.java', line: 42 },
        { fn: 'java.base/java.lang.Thread.run', file: 'Thread.java', line: 1583 },
      ],
      omittedFrames: 1,
      causes: [{ exception: 'java.io.IOException', message: 'broken pipe', frames: [{ fn: 'com.acme.Io.write', file: 'Io.java', line: 7 }] }],
      startLine: 1,
    });
  });

  it('Python: innermost frame first, the exception from the last line', () => {
    const [t] = traces(
      ['Traceback (most recent call last):', '  File "app.py", line 10, in <module>', '    main()', '  File "app.py", line 5, in main', '    1/0', 'ZeroDivisionError: division by zero'].join('\n'),
    );
    expect(t).toMatchObject({ language: 'python', exception: 'ZeroDivisionError', message: 'division by zero', startLine: 1 });
    expect(t?.frames).toEqual([{ fn: 'main', file: 'app.py', line: 5 }, { fn: '<module>', file: 'app.py', line: 10 }]);
  });

  it('JavaScript: V8 frames with and without a function, and an "Uncaught" header', () => {
    const [t] = traces(
      ['Uncaught TypeError: x is not a function', '    at render (https://app.example.com/main.js:10:5)', '    at https://app.example.com/main.js:20:1', '    at new Widget (widget.js:3:9)'].join('\n'),
    );
    expect(t).toMatchObject({ language: 'javascript', exception: 'TypeError', message: 'x is not a function' });
    expect(t?.frames).toEqual([
      { fn: 'render', file: 'https://app.example.com/main.js', line: 10 },
      { fn: '<anonymous>', file: 'https://app.example.com/main.js', line: 20 },
      { fn: 'new Widget', file: 'widget.js', line: 3 },
    ]);
  });

  it('JavaScript: Firefox/Safari frames', () => {
    const [t] = traces(['Error: nope', 'load@https://app.example.com/a.js:1:200', '@https://app.example.com/a.js:9:1'].join('\n'));
    expect(t?.frames).toEqual([
      { fn: 'load', file: 'https://app.example.com/a.js', line: 1 },
      { fn: '<anonymous>', file: 'https://app.example.com/a.js', line: 9 },
    ]);
  });

  it('.NET: inner exception frames go to the inner exception, outer frames to the outer', () => {
    const [t, ...rest] = traces(
      [
        'System.AggregateException: One or more errors occurred. ---> System.TimeoutException: The operation has timed out.',
        '   at Acme.Db.Query(String sql) in C:\\src\\Db.cs:line 12',
        '   --- End of inner exception stack trace ---',
        '   at Acme.Service.Run()',
      ].join('\r\n'),
    );
    expect(rest).toEqual([]);
    expect(t).toMatchObject({ language: 'dotnet', exception: 'System.AggregateException', message: 'One or more errors occurred.' });
    expect(t?.frames).toEqual([{ fn: 'Acme.Service.Run', file: '' }]);
    expect(t?.causes).toEqual([
      { exception: 'System.TimeoutException', message: 'The operation has timed out.', frames: [{ fn: 'Acme.Db.Query', file: 'C:\\src\\Db.cs', line: 12 }] },
    ]);
  });

  it('does not mistake one language for another', () => {
    const text = ['Error: a', '    at f (x.js:1:2)', 'java.lang.Error: b', '\tat A.b(A.java:1)', 'System.Exception: c', '   at A.B()'].join('\n');
    expect(traces(text).map((t) => t.language)).toEqual(['javascript', 'java', 'dotnet']);
  });

  it('finds nothing in prose that mentions "at"', () => {
    expect(traces('We looked at the logs at 10:00.\nThe error happened at checkout (twice).')).toEqual([]);
  });
});

import { useId, useState } from 'react';

/** A labelled one-line or multi-line text field. */
export function TextField(props: { label: string; value: string; onChange: (v: string) => void; rows?: number; testId: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.rows ? (
        <textarea id={id} rows={props.rows} value={props.value} data-testid={props.testId} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input id={id} value={props.value} data-testid={props.testId} onChange={(e) => props.onChange(e.target.value)} />
      )}
    </div>
  );
}

/**
 * A list edited as text (one item per line, or comma-separated). The text is kept as typed, so an
 * empty line being started is not swallowed; the saved list drops the blanks.
 */
export function ListField(props: { label: string; value: readonly string[]; sep: '\n' | ','; onChange: (v: string[]) => void; testId: string }) {
  const joiner = props.sep === ',' ? ', ' : '\n';
  const [text, setText] = useState(props.value.join(joiner));
  const change = (v: string) => {
    setText(v);
    props.onChange(v.split(props.sep).map((s) => s.trim()).filter(Boolean));
  };
  return <TextField label={props.label} value={text} rows={props.sep === '\n' ? 4 : undefined} onChange={change} testId={props.testId} />;
}

import type { ReactNode } from 'react';
import type { Source } from '@/lib/schema';
import { SourceTag } from './SourceTag';

/** One labelled ticket value with where it came from; "not set" when empty. */
export function Field(props: { name: string; testId: string; source?: Source; children: ReactNode }) {
  const empty = props.children === null || props.children === undefined || props.children === '';
  return (
    <div className="field" data-testid={props.testId}>
      <dt>{props.name}</dt>
      <dd>
        {empty ? <span className="muted">not set</span> : <span className="value">{props.children}</span>}
        {!empty && <SourceTag source={props.source} />}
      </dd>
    </div>
  );
}

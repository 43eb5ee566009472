import type { RuleId } from '../ids';
import type { Rule } from '../types';
import { missingPriority } from './missing-priority';
import { missingResolution } from './missing-resolution';
import { missingTags } from './missing-tags';
import { missingType } from './missing-type';
import { noInternalNote } from './no-internal-note';
import { noNextStep } from './no-next-step';
import { piiInPublic } from './pii-in-public';
import { placeholderLeft } from './placeholder-left';
import { possibleDuplicate } from './possible-duplicate';
import { prematureClosure } from './premature-closure';
import { priorityVsImpact } from './priority-vs-impact';
import { slaAtRisk } from './sla-at-risk';
import { staleUpdate } from './stale-update';
import { unassigned } from './unassigned';

/** Every rule by id; the settings schema and the engine are built from this table. */
export const RULES = {
  'missing-type': missingType,
  'missing-priority': missingPriority,
  'priority-vs-impact': priorityVsImpact,
  'missing-tags': missingTags,
  unassigned,
  'sla-at-risk': slaAtRisk,
  'stale-update': staleUpdate,
  'no-internal-note': noInternalNote,
  'missing-resolution': missingResolution,
  'premature-closure': prematureClosure,
  'no-next-step': noNextStep,
  'pii-in-public': piiInPublic,
  'placeholder-left': placeholderLeft,
  'possible-duplicate': possibleDuplicate,
} as const satisfies { [K in RuleId]: Rule };

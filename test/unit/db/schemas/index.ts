import type { PastVersion } from './past-version';
import { V1 } from './v1';
import { V2 } from './v2';

/** Every released database version before the current one, oldest first. */
export const PAST_VERSIONS: readonly PastVersion[] = [V1, V2];

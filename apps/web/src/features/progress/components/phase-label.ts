import type { Phase } from '@mentoring/contracts';
import type { TFunction } from 'i18next';

/** A phase's own name, or its kind's name when it has none. */
export function phaseLabel(phase: Pick<Phase, 'name' | 'kind'>, t: TFunction): string {
  return phase.name.trim() || t(`phaseKinds.${phase.kind}`);
}

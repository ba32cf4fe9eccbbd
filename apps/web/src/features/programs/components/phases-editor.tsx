import type { PhaseKind } from '@mentoring/contracts';
import { useRef, useState } from 'react';
import { Button, FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/select-field.tsx';
import { newPhaseKey, PHASE_KINDS, type PhaseDraft } from './program-form-model.ts';

/**
 * The program's phases, one group of fields per phase. A new phase gets focus on its first field; a
 * removed one hands focus to "Add a phase", so the keyboard never falls back to the top of the page.
 */
export function PhasesEditor({
  phases,
  onChange,
  defaultDates,
  errors,
  isDisabled = false,
}: {
  phases: readonly PhaseDraft[];
  onChange: (phases: PhaseDraft[]) => void;
  defaultDates: { startsOn: string; endsOn: string };
  errors: Record<string, string | null | undefined>;
  isDisabled?: boolean;
}) {
  const { t } = useTranslation();
  const addRef = useRef<HTMLButtonElement>(null);
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const kinds = PHASE_KINDS.map((kind) => ({ id: kind, label: t(`phaseKinds.${kind}`) }));

  function update(index: number, change: Partial<PhaseDraft>) {
    onChange(phases.map((phase, i) => (i === index ? { ...phase, ...change } : phase)));
  }

  function add() {
    const key = newPhaseKey();
    setAddedKey(key);
    onChange([...phases, { key, kind: 'other', name: '', ...defaultDates }]);
  }

  function remove(index: number) {
    onChange(phases.filter((_, i) => i !== index));
    addRef.current?.focus();
  }

  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend">{t('programForm.phases')}</legend>
      <p className="field-hint">{t('programForm.phasesHint')}</p>
      {phases.length === 0 ? <p>{t('timeline.noPhases')}</p> : null}
      <ol className="phase-rows">
        {phases.map((phase, index) => {
          const number = index + 1;
          const startError = errors[`phases.${index}.startsOn`];
          const endError = errors[`phases.${index}.endsOn`];
          return (
            <li key={phase.key} className="phase-row">
              <fieldset className="fieldset fieldset-nested">
                <legend className="fieldset-legend">{t('programForm.phaseLegend', { number })}</legend>
                <div className="field-grid">
                  <SelectField
                    label={t('programForm.phaseKind')}
                    name={`phases.${index}.kind`}
                    value={phase.kind}
                    onChange={(kind: PhaseKind) => update(index, { kind })}
                    options={kinds}
                    isDisabled={isDisabled}
                  />
                  <TextField
                    className="field"
                    name={`phases.${index}.name`}
                    value={phase.name}
                    onChange={(name) => update(index, { name })}
                    maxLength={120}
                    isDisabled={isDisabled}
                  >
                    <Label className="field-label">{t('programForm.phaseName')}</Label>
                    <Input className="input" autoFocus={phase.key === addedKey} />
                    <Text slot="description" className="field-hint">
                      {t('programForm.phaseNameHint', { kind: t(`phaseKinds.${phase.kind}`) })}
                    </Text>
                  </TextField>
                  <TextField
                    className="field"
                    name={`phases.${index}.startsOn`}
                    type="date"
                    value={phase.startsOn}
                    onChange={(startsOn) => update(index, { startsOn })}
                    isRequired
                    isInvalid={Boolean(startError)}
                    isDisabled={isDisabled}
                  >
                    <Label className="field-label">{t('programForm.startsOn')}</Label>
                    <Input className="input" />
                    <FieldError className="field-error">{startError}</FieldError>
                  </TextField>
                  <TextField
                    className="field"
                    name={`phases.${index}.endsOn`}
                    type="date"
                    value={phase.endsOn}
                    onChange={(endsOn) => update(index, { endsOn })}
                    isRequired
                    isInvalid={Boolean(endError)}
                    isDisabled={isDisabled}
                  >
                    <Label className="field-label">{t('programForm.endsOn')}</Label>
                    <Input className="input" />
                    <FieldError className="field-error">{endError}</FieldError>
                  </TextField>
                </div>
                <Button
                  className="button button-secondary button-small"
                  onPress={() => remove(index)}
                  isDisabled={isDisabled}
                >
                  {t('programForm.removePhase', { number })}
                </Button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button
        ref={addRef}
        className="button button-secondary"
        onPress={add}
        isDisabled={isDisabled || phases.length >= 20}
      >
        {t('programForm.addPhase')}
      </Button>
    </fieldset>
  );
}

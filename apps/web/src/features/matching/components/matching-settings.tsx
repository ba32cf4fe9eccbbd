import type { Criterion } from '@mentoring/contracts';
import { memo, useId } from 'react';
import {
  Label,
  Radio,
  RadioGroup,
  Slider,
  SliderFill,
  SliderOutput,
  SliderThumb,
  SliderTrack,
  Switch,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Objective, SuggestionParams } from '../api/get-suggestion.ts';
import { CRITERIA } from '../model.ts';

const OBJECTIVES: readonly Objective[] = ['maxTotal', 'fair', 'stable'];

/**
 * Weights (sliders 0–10), must-have switches and the objective. Every change re-runs the
 * suggestion: slider moves after a short pause (`immediate` false), the rest at once.
 */
export const MatchingSettings = memo(function MatchingSettings({
  params,
  onChange,
}: {
  params: SuggestionParams;
  onChange: (next: SuggestionParams, immediate: boolean) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const hintPrefix = useId();

  const setWeight = (criterion: Criterion, value: number) =>
    onChange({ ...params, weights: { ...params.weights, [criterion]: value } }, false);
  const setMustHave = (criterion: Criterion, value: boolean) =>
    onChange({ ...params, mustHave: { ...params.mustHave, [criterion]: value } }, true);

  return (
    <section aria-labelledby={headingId} className="card matching-settings">
      <h2 id={headingId}>{t('matching.settings.title')}</h2>
      <fieldset className="criterion-controls">
        <legend className="matching-subheading">{t('matching.settings.weights')}</legend>
        <p className="field-hint">{t('matching.settings.weightsHint')}</p>
        {CRITERIA.map((criterion) => (
          <div key={criterion} className="criterion-control">
            <Slider
              className="slider"
              minValue={0}
              maxValue={10}
              step={1}
              value={params.weights[criterion]}
              onChange={(value) => setWeight(criterion, value)}
            >
              <div className="slider-head">
                <Label className="field-label">{t(`matching.criteria.${criterion}`)}</Label>
                <SliderOutput className="slider-output" />
              </div>
              <SliderTrack className="slider-track">
                <SliderFill className="slider-fill" />
                <SliderThumb className="slider-thumb" />
              </SliderTrack>
            </Slider>
            <Switch
              className="switch"
              isSelected={params.mustHave[criterion] === true}
              onChange={(value) => setMustHave(criterion, value)}
              aria-label={t('matching.settings.mustHaveLabel', {
                criterion: t(`matching.criteria.${criterion}`),
              })}
            >
              <span className="switch-track" aria-hidden="true">
                <span className="switch-knob" />
              </span>
              {t('matching.settings.mustHave')}
            </Switch>
          </div>
        ))}
      </fieldset>
      <RadioGroup
        className="field objective-field"
        value={params.objective}
        onChange={(value) => onChange({ ...params, objective: value as Objective }, true)}
      >
        <Label className="matching-subheading">{t('matching.settings.objective')}</Label>
        <div className="radio-options objective-options">
          {OBJECTIVES.map((objective) => (
            <div key={objective} className="objective-option">
              <Radio
                value={objective}
                className="radio objective-radio"
                aria-describedby={`${hintPrefix}-${objective}`}
              >
                {t(`matching.objectives.${objective}`)}
              </Radio>
              <p id={`${hintPrefix}-${objective}`} className="field-hint objective-hint">
                {t(`matching.objectiveHints.${objective}`)}
              </p>
            </div>
          ))}
        </div>
      </RadioGroup>
    </section>
  );
});

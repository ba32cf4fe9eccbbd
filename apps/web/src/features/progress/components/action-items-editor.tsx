import { Button, FieldError, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/select-field.tsx';
import type { ActionItemDraft } from './session-log-model.ts';

let nextKey = 1;

/** Rows of agreed action items: what, whose, by when. Rows are added and removed one at a time. */
export function ActionItemsEditor({
  items,
  onChange,
  errors,
}: {
  items: readonly ActionItemDraft[];
  onChange: (items: ActionItemDraft[]) => void;
  errors: Record<string, string | null | undefined>;
}) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<ActionItemDraft>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend">{t('progress.log.actionItems')}</legend>
      {items.length === 0 ? <p className="field-hint">{t('progress.log.noActionItems')}</p> : null}
      <ol className="action-item-rows">
        {items.map((item, index) => {
          const number = index + 1;
          const error = errors[`actionItems.${index}.text`];
          return (
            <li key={item.key} className="action-item-row">
              <TextField
                className="field action-item-text"
                name={`actionItems.${index}.text`}
                value={item.text}
                onChange={(text) => update(index, { text })}
                maxLength={500}
                isInvalid={Boolean(error)}
              >
                <Label className="field-label">{t('progress.log.itemText', { n: String(number) })}</Label>
                <Input className="input" />
                <FieldError className="field-error">{error}</FieldError>
              </TextField>
              <SelectField
                label={t('progress.log.itemOwner', { n: String(number) })}
                name={`actionItems.${index}.owner`}
                value={item.owner}
                onChange={(owner) => update(index, { owner })}
                options={[
                  { id: 'actor', label: t('progress.owner.actor') },
                  { id: 'mentor', label: t('progress.owner.mentor') },
                ]}
              />
              <TextField
                className="field"
                name={`actionItems.${index}.dueOn`}
                type="date"
                value={item.dueOn}
                onChange={(dueOn) => update(index, { dueOn })}
              >
                <Label className="field-label">{t('progress.log.itemDue', { n: String(number) })}</Label>
                <Input className="input" />
              </TextField>
              <Button
                className="button button-secondary button-small"
                onPress={() => onChange(items.filter((_, i) => i !== index))}
              >
                {t('progress.log.removeItem', { n: String(number) })}
              </Button>
            </li>
          );
        })}
      </ol>
      {items.length < 20 ? (
        <Button
          className="button button-secondary"
          onPress={() => onChange([...items, { key: nextKey++, text: '', owner: 'actor', dueOn: '' }])}
        >
          {t('progress.log.addItem')}
        </Button>
      ) : null}
    </fieldset>
  );
}

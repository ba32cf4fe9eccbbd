import type { AdminUser } from '@mentoring/contracts';
import { useState } from 'react';
import { Button, Input, Label, SearchField, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useUserSearch } from '../api/search-users.ts';

/** Finds a person by name or email; choosing one filters the log to them. */
export function PersonPicker({ onChoose }: { onChoose: (person: AdminUser) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const found = useUserSearch(query);
  return (
    <div className="section">
      <SearchField className="field search-field" value={query} onChange={setQuery}>
        <Label className="field-label">{t('privacy.audit.search')}</Label>
        <div className="search-input">
          <Input className="input" />
        </div>
        <Text slot="description" className="field-hint">
          {t('privacy.audit.searchHint')}
        </Text>
      </SearchField>
      <div role="status" className="status-region">
        {found.isSuccess && found.data.length === 0 ? <p>{t('privacy.audit.noMatches')}</p> : null}
      </div>
      {found.isSuccess && found.data.length > 0 ? (
        <ul className="privacy-list">
          {found.data.map((person) => (
            <li key={person.id}>
              <Button className="button button-secondary button-small" onPress={() => onChoose(person)}>
                {t('privacy.audit.choose', { name: person.name })}
              </Button>{' '}
              <span className="cell-email">{person.email}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() ?? '');
  return (letters.length > 1 ? `${letters[0]}${letters.at(-1)}` : (letters[0] ?? '?')).slice(0, 2);
}

/** Who is signed in, and the way out: a plain button, one Tab stop, no menu to learn. */
export function Account({ name, onSignOut }: { name: string; onSignOut: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="account">
      <p className="account-name">
        <span className="avatar" aria-hidden="true">
          {initials(name)}
        </span>
        <span className="visually-hidden">{t('account.signedInAs')} </span>
        <span className="user-name">{name}</span>
      </p>
      <Button className="button button-secondary button-small" onPress={onSignOut}>
        {t('account.signOut')}
      </Button>
    </div>
  );
}

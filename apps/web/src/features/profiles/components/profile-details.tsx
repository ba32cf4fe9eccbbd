import type { ProfileView, Tag } from '@mentoring/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CompletenessMeter } from '../../../components/completeness-meter.tsx';
import { tagLabel } from '../profile-options.ts';

/** Someone's profile, read-only: the same parts the editor has, in the reader's language. */
export function ProfileDetails({
  view,
  tags,
  actorNames,
}: {
  view: ProfileView;
  tags: readonly Tag[];
  /** Names for conflict-of-interest ids, where the viewer knows them (coordinators). */
  actorNames?: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { profile } = view;
  const mentor = view.role === 'mentor';
  const list = (items: readonly string[]) =>
    items.length === 0 ? (
      <span className="muted">{t('profileView.notGiven')}</span>
    ) : (
      new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items)
    );
  const tagNames = (kind: Tag['kind'], slugs: readonly string[]) =>
    slugs.map((slug) => {
      const tag = tags.find((candidate) => candidate.kind === kind && candidate.slug === slug);
      return tag ? tagLabel(tag, language) : slug;
    });
  const text = (value: string) =>
    value.trim() ? (
      <span className="pre-line">{value}</span>
    ) : (
      <span className="muted">{t('profileView.notGiven')}</span>
    );
  const number = (value: number | null) =>
    value === null ? <span className="muted">{t('profileView.notGiven')}</span> : value;

  const rows: [string, ReactNode][] = [
    [t('myProfile.bio'), text(profile.bio)],
    [t('myProfile.sectors'), list(tagNames('sector', profile.sectors))],
    [
      mentor ? t('myProfile.topicsMentor') : t('myProfile.topicsActor'),
      list(tagNames('topic', profile.topics)),
    ],
    [t('myProfile.languages'), list(profile.languages.map((code) => t(`profileLanguages.${code}`)))],
    [t('myProfile.municipality'), text(profile.municipality)],
    [t('myProfile.meetingModes'), list(profile.meetingModes.map((mode) => t(`meetingModes.${mode}`)))],
  ];
  if (mentor) rows.push([t('profileView.capacity'), number(profile.capacity)]);
  if (view.role === 'actor') {
    rows.push([t('myProfile.yearsOfExperience'), number(profile.yearsOfExperience)]);
    rows.push([t('profileView.goals'), text(profile.goals)]);
  }
  if (mentor && actorNames && profile.conflicts.length > 0) {
    rows.push([
      t('myProfile.conflicts'),
      list(profile.conflicts.map((id) => actorNames.get(id) ?? t('profileView.unknownPerson'))),
    ]);
  }

  return (
    <div className="profile-editor">
      <div className="card completeness-card">
        <CompletenessMeter value={view.completeness} label={t('myProfile.completeness')} />
      </div>
      <div className="card">
        <dl className="facts facts-stacked">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}

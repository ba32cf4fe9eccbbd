import type { Participant, Tag } from '@mentoring/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useTags } from '../../programs/api/get-tags.ts';
import { useMentors } from '../api/get-mentors.ts';
import { useWishes } from '../api/get-wishes.ts';
import { usePutWishes } from '../api/put-wishes.ts';
import { matchingErrorMessage } from '../errors.ts';
import { MAX_WISHES } from '../model.ts';

/** Moves the item at `index` one place up (-1) or down (+1). */
export function moveWish(list: readonly string[], index: number, step: -1 | 1): string[] {
  const target = index + step;
  if (index < 0 || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
}

function sameList(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** A mentor's profile as a card: what they do and how they meet, and a way to wish for them. */
function MentorCard({
  mentor,
  tags,
  rank,
  canAdd,
  onToggle,
}: {
  mentor: Participant;
  tags: readonly Tag[];
  /** 1-based place in the wishes, or null. */
  rank: number | null;
  canAdd: boolean;
  onToggle: () => void;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const profile = mentor.profile;
  const label = (kind: Tag['kind'], slug: string) => {
    const tag = tags.find((candidate) => candidate.kind === kind && candidate.slug === slug);
    return tag ? (i18n.language === 'en' ? tag.labelEn : tag.labelFi) : slug;
  };
  const list = (values: readonly string[]) =>
    values.length > 0 ? values.join(', ') : t('matching.wishes.notGiven');
  return (
    <li className={rank ? 'card mentor-card mentor-card-chosen' : 'card mentor-card'}>
      <article aria-labelledby={headingId}>
        <div className="mentor-card-head">
          <h3 id={headingId} className="card-title">
            {mentor.name}
          </h3>
          {rank ? (
            <span className="badge badge-ok">{t('matching.wishes.rank', { rank: String(rank) })}</span>
          ) : null}
        </div>
        {profile ? (
          <>
            {profile.bio ? <p className="pre-line">{profile.bio}</p> : null}
            <dl className="facts facts-stacked mentor-facts">
              <div>
                <dt>{t('matching.wishes.sectors')}</dt>
                <dd>{list(profile.sectors.map((slug) => label('sector', slug)))}</dd>
              </div>
              <div>
                <dt>{t('matching.wishes.topics')}</dt>
                <dd>{list(profile.topics.map((slug) => label('topic', slug)))}</dd>
              </div>
              <div>
                <dt>{t('matching.wishes.languages')}</dt>
                <dd>{list(profile.languages.map((code) => t(`matching.languages.${code}`)))}</dd>
              </div>
              <div>
                <dt>{t('matching.wishes.municipality')}</dt>
                <dd>{profile.municipality || t('matching.wishes.notGiven')}</dd>
              </div>
              <div>
                <dt>{t('matching.wishes.meetingModes')}</dt>
                <dd>{list(profile.meetingModes.map((mode) => t(`matching.meetingModes.${mode}`)))}</dd>
              </div>
            </dl>
          </>
        ) : null}
        <Button
          className={rank ? 'button button-secondary button-small' : 'button button-primary button-small'}
          isDisabled={!rank && !canAdd}
          onPress={onToggle}
          aria-label={t(rank ? 'matching.wishes.removeLabel' : 'matching.wishes.addLabel', {
            name: mentor.name,
          })}
        >
          {t(rank ? 'matching.wishes.remove' : 'matching.wishes.add')}
        </Button>
      </article>
    </li>
  );
}

/**
 * An actor's mentor wishes: pick up to three from the mentor cards, put them in order with the
 * move buttons, save. The saved wishes are shown until changes are saved.
 */
export function WishPicker({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const mentors = useMentors(programId);
  const tags = useTags(programId);
  const wishes = useWishes(programId);
  const save = usePutWishes(programId);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [justSaved, setJustSaved] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const chosenId = useId();
  const mentorsId = useId();
  const hintId = useId();

  const saved = wishes.data?.[0]?.mentorIds ?? null;
  if (saved && chosen === null) setChosen(saved);

  // After a move the moved mentor's button keeps the focus (its other arrow if this one is now at the end).
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target || !chosen) return;
    pendingFocus.current = null;
    if (target === 'heading') {
      listHeadingRef.current?.focus();
      return;
    }
    const [mentorId, direction] = target.split(':');
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>(`[data-mentor="${mentorId}"]`);
    const preferred = [...(buttons ?? [])].find((button) => button.dataset.direction === direction);
    const usable =
      preferred && !preferred.disabled ? preferred : [...(buttons ?? [])].find((b) => !b.disabled);
    usable?.focus();
  }, [chosen]);

  if (mentors.isPending || wishes.isPending || tags.isPending) return <LoadingState />;
  if (mentors.isError) return <QueryError error={mentors.error} onRetry={() => void mentors.refetch()} />;
  if (wishes.isError) return <QueryError error={wishes.error} onRetry={() => void wishes.refetch()} />;

  const list = chosen ?? [];
  const nameOf = (id: string) => mentors.data.find((mentor) => mentor.userId === id)?.name ?? id;
  const sortedMentors = [...mentors.data].sort((a, b) => a.name.localeCompare(b.name));
  const changed = saved !== null && !sameList(list, saved);

  const update = (next: string[], message: string) => {
    setChosen(next);
    setAnnouncement(message);
    setJustSaved(false);
    save.reset();
  };
  const toggle = (mentorId: string) => {
    if (list.includes(mentorId)) {
      update(
        list.filter((id) => id !== mentorId),
        t('matching.wishes.removed', { name: nameOf(mentorId) }),
      );
    } else if (list.length < MAX_WISHES) {
      update(
        [...list, mentorId],
        t('matching.wishes.added', { name: nameOf(mentorId), rank: String(list.length + 1) }),
      );
    }
  };
  const move = (index: number, step: -1 | 1) => {
    const mentorId = list[index];
    if (!mentorId) return;
    pendingFocus.current = `${mentorId}:${step < 0 ? 'up' : 'down'}`;
    update(
      moveWish(list, index, step),
      t('matching.wishes.moved', { name: nameOf(mentorId), rank: String(index + step + 1) }),
    );
  };
  const remove = (mentorId: string) => {
    pendingFocus.current = 'heading';
    toggle(mentorId);
  };

  return (
    <div className="wishes">
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <section aria-labelledby={chosenId} className="card wish-list-card">
        <h2 id={chosenId} ref={listHeadingRef} tabIndex={-1}>
          {t('matching.wishes.yourWishes', { chosen: String(list.length), max: String(MAX_WISHES) })}
        </h2>
        <p id={hintId} className="field-hint">
          {t('matching.wishes.hint')}
        </p>
        {list.length === 0 ? (
          <p>{t('matching.wishes.empty')}</p>
        ) : (
          <ol ref={listRef} className="wish-list" aria-labelledby={chosenId}>
            {list.map((mentorId, index) => {
              const name = nameOf(mentorId);
              return (
                <li key={mentorId} className="wish-item">
                  <span className="wish-rank" aria-hidden="true">
                    {index + 1}.
                  </span>
                  <span className="wish-name">{name}</span>
                  <span className="wish-actions">
                    <Button
                      className="button button-secondary button-small"
                      data-mentor={mentorId}
                      data-direction="up"
                      isDisabled={index === 0}
                      onPress={() => move(index, -1)}
                      aria-label={t('matching.wishes.moveUpLabel', { name })}
                    >
                      <span aria-hidden="true">↑</span> {t('matching.wishes.moveUp')}
                    </Button>
                    <Button
                      className="button button-secondary button-small"
                      data-mentor={mentorId}
                      data-direction="down"
                      isDisabled={index === list.length - 1}
                      onPress={() => move(index, 1)}
                      aria-label={t('matching.wishes.moveDownLabel', { name })}
                    >
                      <span aria-hidden="true">↓</span> {t('matching.wishes.moveDown')}
                    </Button>
                    <Button
                      className="button button-danger-outline button-small"
                      onPress={() => remove(mentorId)}
                      aria-label={t('matching.wishes.removeShortLabel', { name })}
                    >
                      {t('matching.wishes.removeShort')}
                    </Button>
                  </span>
                </li>
              );
            })}
          </ol>
        )}
        <div className="page-actions">
          <Button
            className="button button-primary"
            isDisabled={!changed}
            isPending={save.isPending}
            onPress={() =>
              save.mutate(list, {
                onSuccess: () => {
                  setJustSaved(true);
                  setAnnouncement('');
                },
              })
            }
          >
            {t('matching.wishes.save')}
          </Button>
        </div>
        <div role="status" className="status-region">
          {justSaved ? <p className="alert alert-success">{t('matching.wishes.saved')}</p> : null}
          {changed ? <p className="muted">{t('matching.wishes.unsaved')}</p> : null}
        </div>
        <div role="alert" className="status-region">
          {save.isError ? <p className="alert alert-error">{matchingErrorMessage(save.error, t)}</p> : null}
        </div>
        <p className="saved-wishes">
          <strong>{t('matching.wishes.savedTitle')}</strong>{' '}
          {saved && saved.length > 0
            ? saved.map((id, i) => `${i + 1}. ${nameOf(id)}`).join(', ')
            : t('matching.wishes.noneSaved')}
        </p>
      </section>
      <section aria-labelledby={mentorsId} className="section">
        <h2 id={mentorsId}>{t('matching.wishes.mentors', { count: sortedMentors.length })}</h2>
        {list.length >= MAX_WISHES ? (
          <p className="alert alert-info">{t('matching.wishes.full', { max: String(MAX_WISHES) })}</p>
        ) : null}
        <ul className="mentor-cards">
          {sortedMentors.map((mentor) => {
            const index = list.indexOf(mentor.userId);
            return (
              <MentorCard
                key={mentor.userId}
                mentor={mentor}
                tags={tags.data ?? []}
                rank={index >= 0 ? index + 1 : null}
                canAdd={list.length < MAX_WISHES}
                onToggle={() => toggle(mentor.userId)}
              />
            );
          })}
        </ul>
      </section>
    </div>
  );
}

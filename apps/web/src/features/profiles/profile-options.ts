import type { Profile, Tag } from '@mentoring/contracts';

export type ProfileLanguage = Profile['languages'][number];
export type MeetingMode = Profile['meetingModes'][number];

export const PROFILE_LANGUAGES: readonly ProfileLanguage[] = ['fi', 'sv', 'en', 'other'];
export const MEETING_MODES: readonly MeetingMode[] = ['in_person', 'remote'];

/** A tag's name in the UI language. */
export function tagLabel(tag: Tag, language: string): string {
  return language === 'en' ? tag.labelEn : tag.labelFi;
}

/** The program's tags of one kind, alphabetical in the UI language. */
export function tagsOfKind(tags: readonly Tag[], kind: Tag['kind'], language: string): Tag[] {
  return tags
    .filter((tag) => tag.kind === kind)
    .sort((a, b) => tagLabel(a, language).localeCompare(tagLabel(b, language), language));
}

import type { Tag } from '@mentoring/contracts';

const sector = (slug: string, labelFi: string, labelEn: string): Tag => ({
  kind: 'sector',
  slug,
  labelFi,
  labelEn,
});
const topic = (slug: string, labelFi: string, labelEn: string): Tag => ({
  kind: 'topic',
  slug,
  labelFi,
  labelEn,
});

/** The vocabulary a new program starts with; coordinators edit it per program. */
export const DEFAULT_TAGS: Tag[] = [
  sector('festivals', 'Festivaalit', 'Festivals'),
  sector('theatre', 'Teatteri', 'Theatre'),
  sector('music', 'Musiikki', 'Music'),
  sector('visual-arts', 'Kuvataide', 'Visual arts'),
  sector('dance', 'Tanssi', 'Dance'),
  sector('circus', 'Sirkus', 'Circus'),
  sector('film-media', 'Elokuva ja media', 'Film and media'),
  sector('games', 'Pelit', 'Games'),
  sector('literature', 'Kirjallisuus', 'Literature'),
  sector('events', 'Tapahtumat', 'Events'),
  sector('cultural-policy', 'Kulttuuripolitiikka', 'Cultural policy'),
  sector('design', 'Muotoilu', 'Design'),
  topic('funding', 'Rahoitus ja apurahat', 'Funding and grants'),
  topic('budgeting', 'Budjetointi ja talous', 'Budgeting and finance'),
  topic('contracts', 'Sopimukset ja tekijänoikeudet', 'Contracts and copyright'),
  topic('marketing', 'Markkinointi ja viestintä', 'Marketing and communication'),
  topic('audiences', 'Yleisötyö', 'Audience development'),
  topic('international', 'Kansainvälistyminen', 'Going international'),
  topic('leadership', 'Johtaminen ja tiimityö', 'Leadership and teamwork'),
  topic('productization', 'Tuotteistaminen', 'Productization'),
  topic('entrepreneurship', 'Yrittäjyys', 'Entrepreneurship'),
  topic('wellbeing', 'Jaksaminen ja työhyvinvointi', 'Wellbeing at work'),
  topic('networking', 'Verkostoituminen', 'Networking'),
  topic('project-management', 'Projektinhallinta', 'Project management'),
  topic('sustainability', 'Kestävä tuotanto', 'Sustainable production'),
  topic('career', 'Urasuunnittelu', 'Career planning'),
  topic('touring', 'Kiertuetuotanto', 'Touring'),
  topic('partnerships', 'Yhteistyökumppanit ja sponsorit', 'Partners and sponsors'),
  topic('accessibility', 'Saavutettavuus', 'Accessibility'),
];

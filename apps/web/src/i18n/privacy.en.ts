import type { Messages } from './messages.ts';
import type { privacyFi } from './privacy.fi.ts';

/** English strings of privacy: my data, the audit log, erasure and the two statements, under `privacy`. */
export const privacyEn: Messages<typeof privacyFi> = {
  myData: {
    title: 'My data',
    lead: 'Download everything stored about you as one JSON file: profiles, pairs, meetings, your own notes, your own survey answers and a log of who has handled your data.',
    download: 'Download my data (JSON)',
    downloading: 'Downloading…',
    done: 'The file has been downloaded.',
    failed: 'Your data could not be downloaded. Try again.',
  },
  audit: {
    title: 'Personal data audit log',
    lead: 'Who read or changed whose profile, session notes, survey results or data exports, and when.',
    forbidden: 'Only administrators can see the audit log.',
    search: 'Find a person',
    searchHint: 'Name or email, at least two characters.',
    noMatches: 'No matches.',
    choose: 'Show the log of {{name}}',
    showing: 'Showing entries about {{name}}.',
    showAll: 'Show all',
    caption: 'Log entries, newest first',
    empty: 'No log entries.',
    at: 'Time',
    actor: 'Who',
    action: 'What',
    subject: 'Whose data',
    system: 'System',
    unknownPerson: 'Erased person',
    actions: {
      profile_read: 'Read the profile',
      session_read: "Read the pair's sessions",
      session_create: 'Logged a session',
      session_update: 'Changed a session log',
      survey_results_read: 'Read survey results',
      survey_results_export: 'Downloaded survey results',
      report_export: 'Downloaded the indicators report',
      my_data_export: 'Downloaded their own data',
      user_erase: "Erased the person's data",
      retention_purge: 'Texts deleted at the end of the retention period',
    },
  },
  erase: {
    button: "Erase this person's data…",
    title: 'Erase the data of {{name}} for good?',
    consequences:
      'This cannot be undone. The account becomes anonymous ("Poistettu käyttäjä") and can no longer sign in. Profiles, wishes, availability, calendar links, invitations and the texts they wrote (session logs, notes, reflections, goals) are deleted. Ongoing pairs end and future meetings are cancelled.',
    kept: "Figures stay: meetings held, participations and anonymous survey answers are still counted, without the person's details. The log keeps a record of the erasure.",
    confirm: 'Erase for good',
    cancel: 'Cancel',
    done: "The person's data has been erased.",
    erased: 'Erased',
    errors: {
      already_erased: "This person's data has already been erased.",
      cannot_erase_self: 'You cannot erase your own data with this action.',
      generic: 'The erasure failed. Try again.',
    },
  },
  retention: {
    label: 'Keep texts for (months after the program ends)',
    hint: 'After this, session texts, reflections, goal texts and free-text survey answers are deleted automatically. Empty: kept.',
    range: 'Enter 1–240 months or leave empty.',
  },
  notice: {
    title: 'Privacy notice',
    updated: 'Updated 28 November 2026.',
    controllerTitle: 'Controller',
    controller:
      "The controller is the organisation running the mentoring program. The program's coordinator gives you its contact details when the program starts.",
    dataTitle: 'What we process',
    data: 'Name, email address and language; your role in a program; your profile (introduction, sectors, topics, languages, municipality, meeting modes, goals); mentor wishes and pairs; availability and bookings; session logs, action items, goals and ratings; event sign-ups and participation; survey answers; sign-in data (the password is stored only as a hash).',
    purposeTitle: 'Purpose and legal basis',
    purpose:
      "The data is used to run the mentoring program: forming pairs, arranging meetings, following progress and the anonymous figures reported to the funder. The basis is your taking part in the program (contract) and the organiser's legitimate interest in reporting anonymous figures.",
    visibilityTitle: 'Who sees what',
    visibility:
      "A mentor sees only their own actors' data and an actor their own. A mentor's private note is visible to its author alone. Coordinators see that a meeting was held but not its texts. Survey results are shown only as aggregates, so no respondent can be identified.",
    retentionTitle: 'Retention',
    retention:
      "Session texts, reflections, goal texts and free-text survey answers are deleted automatically after the program's retention period (by default 24 months after the program ends). Figures are kept.",
    auditTitle: 'Audit log',
    audit:
      'When someone other than you reads or changes your profile, your session logs or survey results, an entry is written to a log that administrators can see. The log never holds passwords, tokens or the texts themselves.',
    rightsTitle: 'Your rights',
    rights:
      'You can download all your data on the Profile page ("My data"), correct it in your profile and ask for it to be erased. An administrator erases a person\'s data on request; figures stay anonymous. You may lodge a complaint with the Data Protection Ombudsman (tietosuoja.fi).',
    contactTitle: 'Contact and feedback',
    contact: 'Questions and requests about privacy:',
  },
  accessibility: {
    title: 'Accessibility statement',
    updated: 'This statement was prepared on 28 November 2026. The assessment is our own.',
    scopeTitle: 'Accessibility of the service',
    scope: 'We aim to meet the WCAG 2.1 level AA requirements. The service meets them partially.',
    methodTitle: 'How accessibility was assessed',
    method:
      'Pages are checked automatically (axe) in every release and tested with a keyboard and a screen reader. No third-party audit has been done yet.',
    gapsTitle: 'Known gaps',
    gapCharts:
      'Report charts do not convey information to screen readers on their own; the same figures are given in a table beside each chart.',
    gapEmails:
      'Email notifications and calendar invitations are plain text, and their presentation has not been tested with every email program.',
    gapMessages: 'Some rare error messages from the server are shown in English only.',
    gapAudit:
      'The whole service has not yet been assessed by an outside expert, so not all gaps may be known.',
    feedbackTitle: 'Feedback',
    feedback: 'Did you find a barrier? Tell us and we will fix it. We answer within 14 days.',
    enforcementTitle: 'Enforcement',
    enforcement:
      'If you are not satisfied with our answer, or get none within two weeks, you can notify the supervisory authority. Instructions: saavutettavuusvaatimukset.fi.',
  },
  contactLabel: 'Email',
};

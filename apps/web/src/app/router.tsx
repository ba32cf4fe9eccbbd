import { type ComponentType, lazy } from 'react';
import { BrowserRouter, type RouteObject, useRoutes } from 'react-router';
import { type Feature, loadFeatures } from '../i18n/index.ts';
import { PublicOnly, RequireAuth } from './guards.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { PublicLayout } from './layout/public-layout.tsx';
import { RootLayout } from './layout/root-layout.tsx';

/**
 * A page's code together with its features' strings: the lazy route resolves (and Suspense shows
 * "Loading…") until both are there, so a page never flashes raw keys.
 */
async function withStrings<M>(module: Promise<M>, ...features: Feature[]): Promise<M> {
  const [loaded] = await Promise.all([module, loadFeatures(...features)]);
  return loaded;
}

/** A lazily loaded page: its module's export `name`, once its features' strings are there too. */
function page<M extends Record<K, ComponentType>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
  ...features: Feature[]
) {
  return lazy(() => withStrings(load(), ...features).then((m) => ({ default: m[name] })));
}

/** What every page inside a program links to or shows: its strings load with the program's pages. */
const PROGRAM: Feature[] = ['events', 'matching', 'progress', 'scheduling', 'surveys'];

// Each page is its own chunk: the first visit downloads only the frame and the page it lands on.
const LoginRoute = page(() => import('./routes/login.tsx'), 'LoginRoute');
const ForgotPasswordRoute = page(() => import('./routes/forgot-password.tsx'), 'ForgotPasswordRoute');
const ResetPasswordRoute = page(() => import('./routes/reset-password.tsx'), 'ResetPasswordRoute');
const InviteRoute = page(() => import('./routes/invite.tsx'), 'InviteRoute');
const HomeRoute = page(() => import('./routes/home.tsx'), 'HomeRoute', 'progress');
const ProfileRoute = page(() => import('./routes/profile.tsx'), 'ProfileRoute', 'privacy');
const ProgramsRoute = page(() => import('./routes/programs.tsx'), 'ProgramsRoute');
const NewProgramRoute = page(() => import('./routes/new-program.tsx'), 'NewProgramRoute', 'privacy');
const ProgramLayout = page(() => import('./routes/program-layout.tsx'), 'ProgramLayout', ...PROGRAM);
const ProgramRoute = page(() => import('./routes/program.tsx'), 'ProgramRoute', ...PROGRAM);
const ProgramParticipantsRoute = page(
  () => import('./routes/program-participants.tsx'),
  'ProgramParticipantsRoute',
  ...PROGRAM,
);
const ProgramInvitationsRoute = page(
  () => import('./routes/program-invitations.tsx'),
  'ProgramInvitationsRoute',
  ...PROGRAM,
);
const ProgramImportRoute = page(
  () => import('./routes/program-import.tsx'),
  'ProgramImportRoute',
  ...PROGRAM,
);
const ProgramSettingsRoute = page(
  () => import('./routes/program-settings.tsx'),
  'ProgramSettingsRoute',
  ...PROGRAM,
  'privacy',
);
const ProgramVocabularyRoute = page(
  () => import('./routes/program-vocabulary.tsx'),
  'ProgramVocabularyRoute',
  ...PROGRAM,
);
const ProgramProfileRoute = page(
  () => import('./routes/program-profile.tsx'),
  'ProgramProfileRoute',
  ...PROGRAM,
);
const ProgramPersonRoute = page(
  () => import('./routes/program-person.tsx'),
  'ProgramPersonRoute',
  ...PROGRAM,
);
const MatchingRoute = page(() => import('./routes/matching.tsx'), 'MatchingRoute', ...PROGRAM);
const WishesRoute = page(() => import('./routes/wishes.tsx'), 'WishesRoute', ...PROGRAM);
const MyPairRoute = page(() => import('./routes/my-pair.tsx'), 'MyPairRoute', ...PROGRAM);
const PairRoute = page(() => import('./routes/pair.tsx'), 'PairRoute', ...PROGRAM);
const PairHealthRoute = page(() => import('./routes/pair-health.tsx'), 'PairHealthRoute', ...PROGRAM);
const AvailabilityRoute = page(() => import('./routes/availability.tsx'), 'AvailabilityRoute', ...PROGRAM);
const BookRoute = page(() => import('./routes/book.tsx'), 'BookRoute', ...PROGRAM);
const MeetingsRoute = page(() => import('./routes/meetings.tsx'), 'MeetingsRoute', ...PROGRAM);
const ProgramCalendarRoute = page(
  () => import('./routes/program-calendar.tsx'),
  'ProgramCalendarRoute',
  ...PROGRAM,
);
const SurveysRoute = page(() => import('./routes/surveys.tsx'), 'SurveysRoute', ...PROGRAM);
const SurveyRoute = page(() => import('./routes/survey.tsx'), 'SurveyRoute', ...PROGRAM);
const EventsRoute = page(() => import('./routes/events.tsx'), 'EventsRoute', ...PROGRAM);
const EventRoute = page(() => import('./routes/event.tsx'), 'EventRoute', ...PROGRAM);
const OrganisationEventsRoute = page(
  () => import('./routes/organisation-events.tsx'),
  'OrganisationEventsRoute',
  'events',
);
const OrganisationEventRoute = page(
  () => import('./routes/organisation-events.tsx'),
  'OrganisationEventRoute',
  'events',
);
const ReportsRoute = page(() => import('./routes/reports.tsx'), 'ReportsRoute', 'reports', 'events');
const PrivacyRoute = page(() => import('./routes/privacy.tsx'), 'PrivacyRoute', 'privacy');
const AccessibilityRoute = page(() => import('./routes/accessibility.tsx'), 'AccessibilityRoute', 'privacy');
const AdminAuditRoute = page(() => import('./routes/admin-audit.tsx'), 'AdminAuditRoute', 'privacy');
const NotFoundRoute = page(() => import('./routes/not-found.tsx'), 'NotFoundRoute');

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      {
        element: (
          <PublicOnly>
            <PublicLayout />
          </PublicOnly>
        ),
        children: [
          { path: 'login', element: <LoginRoute /> },
          { path: 'forgot-password', element: <ForgotPasswordRoute /> },
        ],
      },
      {
        // Open whether or not someone is signed in: links from emails land here.
        element: <PublicLayout />,
        children: [
          { path: 'reset-password/:token', element: <ResetPasswordRoute /> },
          { path: 'invite/:token', element: <InviteRoute /> },
          { path: 'privacy', element: <PrivacyRoute /> },
          { path: 'accessibility', element: <AccessibilityRoute /> },
        ],
      },
      {
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'profile', element: <ProfileRoute /> },
          { path: 'programs', element: <ProgramsRoute /> },
          { path: 'programs/new', element: <NewProgramRoute /> },
          { path: 'events', element: <OrganisationEventsRoute /> },
          { path: 'events/:eventId', element: <OrganisationEventRoute /> },
          { path: 'reports', element: <ReportsRoute /> },
          { path: 'admin/audit', element: <AdminAuditRoute /> },
          {
            path: 'programs/:programId',
            element: <ProgramLayout />,
            children: [
              { index: true, element: <ProgramRoute /> },
              { path: 'participants', element: <ProgramParticipantsRoute /> },
              { path: 'invitations', element: <ProgramInvitationsRoute /> },
              { path: 'import', element: <ProgramImportRoute /> },
              { path: 'settings', element: <ProgramSettingsRoute /> },
              { path: 'vocabulary', element: <ProgramVocabularyRoute /> },
              { path: 'profile', element: <ProgramProfileRoute /> },
              { path: 'people/:userId', element: <ProgramPersonRoute /> },
              { path: 'matching', element: <MatchingRoute /> },
              { path: 'wishes', element: <WishesRoute /> },
              { path: 'my-pair', element: <MyPairRoute /> },
              { path: 'pairs/:matchId', element: <PairRoute /> },
              { path: 'health', element: <PairHealthRoute /> },
              { path: 'availability', element: <AvailabilityRoute /> },
              { path: 'book', element: <BookRoute /> },
              { path: 'meetings', element: <MeetingsRoute /> },
              { path: 'calendar', element: <ProgramCalendarRoute /> },
              { path: 'surveys', element: <SurveysRoute /> },
              { path: 'surveys/:surveyId', element: <SurveyRoute /> },
              { path: 'events', element: <EventsRoute /> },
              { path: 'events/:eventId', element: <EventRoute /> },
              { path: '*', element: <NotFoundRoute /> },
            ],
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

function AppRoutes() {
  return useRoutes(routes);
}

/**
 * Declarative routing: the app uses no loaders, actions or fetchers, and the data router that
 * `createBrowserRouter` brings costs ~18 kB gzip on the first page. The route objects stay plain, so
 * tests still mount them with `createMemoryRouter`.
 */
export function AppRouter() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}

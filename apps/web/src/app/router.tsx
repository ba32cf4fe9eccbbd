import { lazy } from 'react';
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

/** What every page inside a program links to or shows: its strings load with the program's pages. */
const PROGRAM: Feature[] = ['events', 'matching', 'progress', 'scheduling', 'surveys'];

// Each page is its own chunk: the first visit downloads only the frame and the page it lands on.
const LoginRoute = lazy(() => import('./routes/login.tsx').then((m) => ({ default: m.LoginRoute })));
const ForgotPasswordRoute = lazy(() =>
  import('./routes/forgot-password.tsx').then((m) => ({ default: m.ForgotPasswordRoute })),
);
const ResetPasswordRoute = lazy(() =>
  import('./routes/reset-password.tsx').then((m) => ({ default: m.ResetPasswordRoute })),
);
const InviteRoute = lazy(() => import('./routes/invite.tsx').then((m) => ({ default: m.InviteRoute })));
const HomeRoute = lazy(() =>
  withStrings(import('./routes/home.tsx'), 'progress').then((m) => ({ default: m.HomeRoute })),
);
const ProfileRoute = lazy(() =>
  withStrings(import('./routes/profile.tsx'), 'privacy').then((m) => ({ default: m.ProfileRoute })),
);
const ProgramsRoute = lazy(() => import('./routes/programs.tsx').then((m) => ({ default: m.ProgramsRoute })));
const NewProgramRoute = lazy(() =>
  withStrings(import('./routes/new-program.tsx'), 'privacy').then((m) => ({ default: m.NewProgramRoute })),
);
const ProgramLayout = lazy(() =>
  withStrings(import('./routes/program-layout.tsx'), ...PROGRAM).then((m) => ({ default: m.ProgramLayout })),
);
const ProgramRoute = lazy(() =>
  withStrings(import('./routes/program.tsx'), ...PROGRAM).then((m) => ({ default: m.ProgramRoute })),
);
const ProgramParticipantsRoute = lazy(() =>
  withStrings(import('./routes/program-participants.tsx'), ...PROGRAM).then((m) => ({
    default: m.ProgramParticipantsRoute,
  })),
);
const ProgramInvitationsRoute = lazy(() =>
  withStrings(import('./routes/program-invitations.tsx'), ...PROGRAM).then((m) => ({
    default: m.ProgramInvitationsRoute,
  })),
);
const ProgramImportRoute = lazy(() =>
  withStrings(import('./routes/program-import.tsx'), ...PROGRAM).then((m) => ({
    default: m.ProgramImportRoute,
  })),
);
const ProgramSettingsRoute = lazy(() =>
  withStrings(import('./routes/program-settings.tsx'), ...PROGRAM, 'privacy').then((m) => ({
    default: m.ProgramSettingsRoute,
  })),
);
const ProgramVocabularyRoute = lazy(() =>
  withStrings(import('./routes/program-vocabulary.tsx'), ...PROGRAM).then((m) => ({
    default: m.ProgramVocabularyRoute,
  })),
);
const ProgramProfileRoute = lazy(() =>
  withStrings(import('./routes/program-profile.tsx'), ...PROGRAM).then((m) => ({
    default: m.ProgramProfileRoute,
  })),
);
const ProgramPersonRoute = lazy(() =>
  withStrings(import('./routes/program-person.tsx'), ...PROGRAM).then((m) => ({
    default: m.ProgramPersonRoute,
  })),
);
const MatchingRoute = lazy(() =>
  withStrings(import('./routes/matching.tsx'), ...PROGRAM).then((m) => ({ default: m.MatchingRoute })),
);
const WishesRoute = lazy(() =>
  withStrings(import('./routes/wishes.tsx'), ...PROGRAM).then((m) => ({ default: m.WishesRoute })),
);
const MyPairRoute = lazy(() =>
  withStrings(import('./routes/my-pair.tsx'), ...PROGRAM).then((m) => ({ default: m.MyPairRoute })),
);
const PairRoute = lazy(() =>
  withStrings(import('./routes/pair.tsx'), ...PROGRAM).then((m) => ({ default: m.PairRoute })),
);
const PairHealthRoute = lazy(() =>
  withStrings(import('./routes/pair-health.tsx'), ...PROGRAM).then((m) => ({ default: m.PairHealthRoute })),
);
const AvailabilityRoute = lazy(() =>
  withStrings(import('./routes/availability.tsx'), ...PROGRAM).then((m) => ({
    default: m.AvailabilityRoute,
  })),
);
const BookRoute = lazy(() =>
  withStrings(import('./routes/book.tsx'), ...PROGRAM).then((m) => ({ default: m.BookRoute })),
);
const MeetingsRoute = lazy(() =>
  withStrings(import('./routes/meetings.tsx'), ...PROGRAM).then((m) => ({ default: m.MeetingsRoute })),
);
const ProgramCalendarRoute = lazy(() =>
  withStrings(import('./routes/program-calendar.tsx'), ...PROGRAM).then((m) => ({
    default: m.ProgramCalendarRoute,
  })),
);
const SurveysRoute = lazy(() =>
  withStrings(import('./routes/surveys.tsx'), ...PROGRAM).then((m) => ({ default: m.SurveysRoute })),
);
const SurveyRoute = lazy(() =>
  withStrings(import('./routes/survey.tsx'), ...PROGRAM).then((m) => ({ default: m.SurveyRoute })),
);
const EventsRoute = lazy(() =>
  withStrings(import('./routes/events.tsx'), ...PROGRAM).then((m) => ({ default: m.EventsRoute })),
);
const EventRoute = lazy(() =>
  withStrings(import('./routes/event.tsx'), ...PROGRAM).then((m) => ({ default: m.EventRoute })),
);
const OrganisationEventsRoute = lazy(() =>
  withStrings(import('./routes/organisation-events.tsx'), 'events').then((m) => ({
    default: m.OrganisationEventsRoute,
  })),
);
const OrganisationEventRoute = lazy(() =>
  withStrings(import('./routes/organisation-events.tsx'), 'events').then((m) => ({
    default: m.OrganisationEventRoute,
  })),
);
const ReportsRoute = lazy(() =>
  withStrings(import('./routes/reports.tsx'), 'reports', 'events').then((m) => ({ default: m.ReportsRoute })),
);
const PrivacyRoute = lazy(() =>
  withStrings(import('./routes/privacy.tsx'), 'privacy').then((m) => ({ default: m.PrivacyRoute })),
);
const AccessibilityRoute = lazy(() =>
  withStrings(import('./routes/accessibility.tsx'), 'privacy').then((m) => ({
    default: m.AccessibilityRoute,
  })),
);
const AdminAuditRoute = lazy(() =>
  withStrings(import('./routes/admin-audit.tsx'), 'privacy').then((m) => ({ default: m.AdminAuditRoute })),
);
const NotFoundRoute = lazy(() =>
  import('./routes/not-found.tsx').then((m) => ({ default: m.NotFoundRoute })),
);

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

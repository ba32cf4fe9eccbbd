import { lazy, useState } from 'react';
import { createBrowserRouter, type RouteObject, RouterProvider } from 'react-router';
import { PublicOnly, RequireAuth } from './guards.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { PublicLayout } from './layout/public-layout.tsx';
import { RootLayout } from './layout/root-layout.tsx';

// Each page is its own chunk: the first visit downloads only the frame and the page it lands on.
const LoginRoute = lazy(() => import('./routes/login.tsx').then((m) => ({ default: m.LoginRoute })));
const ForgotPasswordRoute = lazy(() =>
  import('./routes/forgot-password.tsx').then((m) => ({ default: m.ForgotPasswordRoute })),
);
const ResetPasswordRoute = lazy(() =>
  import('./routes/reset-password.tsx').then((m) => ({ default: m.ResetPasswordRoute })),
);
const InviteRoute = lazy(() => import('./routes/invite.tsx').then((m) => ({ default: m.InviteRoute })));
const HomeRoute = lazy(() => import('./routes/home.tsx').then((m) => ({ default: m.HomeRoute })));
const ProfileRoute = lazy(() => import('./routes/profile.tsx').then((m) => ({ default: m.ProfileRoute })));
const ProgramsRoute = lazy(() => import('./routes/programs.tsx').then((m) => ({ default: m.ProgramsRoute })));
const NewProgramRoute = lazy(() =>
  import('./routes/new-program.tsx').then((m) => ({ default: m.NewProgramRoute })),
);
const ProgramLayout = lazy(() =>
  import('./routes/program-layout.tsx').then((m) => ({ default: m.ProgramLayout })),
);
const ProgramRoute = lazy(() => import('./routes/program.tsx').then((m) => ({ default: m.ProgramRoute })));
const ProgramParticipantsRoute = lazy(() =>
  import('./routes/program-participants.tsx').then((m) => ({ default: m.ProgramParticipantsRoute })),
);
const ProgramInvitationsRoute = lazy(() =>
  import('./routes/program-invitations.tsx').then((m) => ({ default: m.ProgramInvitationsRoute })),
);
const ProgramImportRoute = lazy(() =>
  import('./routes/program-import.tsx').then((m) => ({ default: m.ProgramImportRoute })),
);
const ProgramSettingsRoute = lazy(() =>
  import('./routes/program-settings.tsx').then((m) => ({ default: m.ProgramSettingsRoute })),
);
const ProgramVocabularyRoute = lazy(() =>
  import('./routes/program-vocabulary.tsx').then((m) => ({ default: m.ProgramVocabularyRoute })),
);
const ProgramProfileRoute = lazy(() =>
  import('./routes/program-profile.tsx').then((m) => ({ default: m.ProgramProfileRoute })),
);
const ProgramPersonRoute = lazy(() =>
  import('./routes/program-person.tsx').then((m) => ({ default: m.ProgramPersonRoute })),
);
const MatchingRoute = lazy(() => import('./routes/matching.tsx').then((m) => ({ default: m.MatchingRoute })));
const WishesRoute = lazy(() => import('./routes/wishes.tsx').then((m) => ({ default: m.WishesRoute })));
const MyPairRoute = lazy(() => import('./routes/my-pair.tsx').then((m) => ({ default: m.MyPairRoute })));
const PairRoute = lazy(() => import('./routes/pair.tsx').then((m) => ({ default: m.PairRoute })));
const PairHealthRoute = lazy(() =>
  import('./routes/pair-health.tsx').then((m) => ({ default: m.PairHealthRoute })),
);
const AvailabilityRoute = lazy(() =>
  import('./routes/availability.tsx').then((m) => ({ default: m.AvailabilityRoute })),
);
const BookRoute = lazy(() => import('./routes/book.tsx').then((m) => ({ default: m.BookRoute })));
const MeetingsRoute = lazy(() => import('./routes/meetings.tsx').then((m) => ({ default: m.MeetingsRoute })));
const ProgramCalendarRoute = lazy(() =>
  import('./routes/program-calendar.tsx').then((m) => ({ default: m.ProgramCalendarRoute })),
);
const SurveysRoute = lazy(() => import('./routes/surveys.tsx').then((m) => ({ default: m.SurveysRoute })));
const SurveyRoute = lazy(() => import('./routes/survey.tsx').then((m) => ({ default: m.SurveyRoute })));
const EventsRoute = lazy(() => import('./routes/events.tsx').then((m) => ({ default: m.EventsRoute })));
const EventRoute = lazy(() => import('./routes/event.tsx').then((m) => ({ default: m.EventRoute })));
const OrganisationEventsRoute = lazy(() =>
  import('./routes/organisation-events.tsx').then((m) => ({ default: m.OrganisationEventsRoute })),
);
const OrganisationEventRoute = lazy(() =>
  import('./routes/organisation-events.tsx').then((m) => ({ default: m.OrganisationEventRoute })),
);
const ReportsRoute = lazy(() => import('./routes/reports.tsx').then((m) => ({ default: m.ReportsRoute })));
const PrivacyRoute = lazy(() => import('./routes/privacy.tsx').then((m) => ({ default: m.PrivacyRoute })));
const AccessibilityRoute = lazy(() =>
  import('./routes/accessibility.tsx').then((m) => ({ default: m.AccessibilityRoute })),
);
const AdminAuditRoute = lazy(() =>
  import('./routes/admin-audit.tsx').then((m) => ({ default: m.AdminAuditRoute })),
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

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}

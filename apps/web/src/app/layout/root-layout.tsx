import { RouterProvider } from 'react-aria-components';
import { Outlet, ScrollRestoration, useHref, useNavigate } from 'react-router';

/** Lets react-aria links and menu items (`href`) navigate through the router instead of reloading. */
export function RootLayout() {
  const navigate = useNavigate();
  return (
    <RouterProvider navigate={(path) => navigate(path)} useHref={useHref}>
      <Outlet />
      <ScrollRestoration />
    </RouterProvider>
  );
}

import { useLayoutEffect, useRef } from 'react';
import { RouterProvider } from 'react-aria-components';
import { Outlet, useHref, useLocation, useNavigate, useNavigationType } from 'react-router';

/**
 * A new page starts at the top; Back and Forward (POP) leave the position to the browser, which
 * restores it. (The data router's <ScrollRestoration> did this before; the app uses the lighter
 * declarative router.)
 */
function ScrollToTop() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const shown = useRef(pathname);
  useLayoutEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    if (navigationType !== 'POP') window.scrollTo(0, 0);
  }, [pathname, navigationType]);
  return null;
}

/** Lets react-aria links and menu items (`href`) navigate through the router instead of reloading. */
export function RootLayout() {
  const navigate = useNavigate();
  return (
    <RouterProvider navigate={(path) => navigate(path)} useHref={useHref}>
      <ScrollToTop />
      <Outlet />
    </RouterProvider>
  );
}

// Serves everything under /tests/csp/ with the strictest Content-Security-Policy (README, "Under a Content-Security-Policy"),
// so a test can load the built bundle into a page the way a locked-down host site would.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** A Koa middleware for the test runner's server. @returns {import('@web/dev-server-core').Middleware} */
export function cspPages() {
  return async (context, next) => {
    await next();
    if (context.path.startsWith('/tests/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
  };
}

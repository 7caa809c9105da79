import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';
import { projectRoot } from './paths';

/** Where `npm run build:dashboard` (Vite, dashboard/vite.config.mts) writes the dashboard. */
export function dashboardDir(): string {
  return join(projectRoot(), 'dist', 'dashboard');
}

/**
 * The dashboard (issue 13) under /dashboard: the built files as they are, and index.html for every other
 * /dashboard/* page (the dashboard routes in the browser). Only GET/HEAD: other methods and paths
 * elsewhere still end in the JSON 404.
 */
export function dashboardRouter(dir = dashboardDir()): Router {
  const router = express.Router();
  const index = join(dir, 'index.html');
  router.get(/^\/dashboard$/, (_req, res) => res.redirect(301, '/dashboard/'));
  // Vite names assets by content hash: they can be cached for good; index.html must be checked each time.
  router.use('/dashboard/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  router.get(/^\/dashboard\/.*/, (req, res, next) => {
    // A missing asset is the JSON 404, not the page (a script tag must not get HTML).
    if (req.path.startsWith('/dashboard/assets/')) return next();
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The dashboard is not built: run `npm run build:dashboard` (npm start does).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}

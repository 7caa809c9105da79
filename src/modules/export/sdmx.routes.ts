import express, { type Router } from 'express';
import type { HubConfig } from '../../config';
import type { Logger } from '../../logger';
import type { RequestContextFactory } from '../../graphql/context';
import { prepareExport, streamCopy } from './export.routes';
import { dataPackage, sdmxObservationCopy, sdmxStructure } from './sdmx.service';

/**
 * GET /export/observations.sdmx.csv (SDMX-CSV 2.0), /export/structure.json (its data structure and
 * code lists) and /export/datapackage.json (Frictionless Data Package of every export). Mounted
 * before exportRouter, whose /export/observations.:format would take the .sdmx.csv name.
 */
export function sdmxRouter(deps: { context: RequestContextFactory; config: HubConfig; logger: Logger }): Router {
  const router = express.Router();

  router.get('/export/observations.sdmx.csv', async (req, res, next) => {
    try {
      const ready = await prepareExport(deps, req, res, { rejectUnknown: true });
      if (!ready) return;
      const query = new URLSearchParams(req.query as Record<string, string>).toString();
      res.status(200);
      res.setHeader('Content-Type', 'application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="observations.sdmx.csv"');
      res.setHeader('Link', `</export/structure.json${query ? `?${query}` : ''}>; rel="describedby"; type="application/json"`);
      res.setHeader('Content-Language', ready.lang);
      res.setHeader('Cache-Control', 'no-store');
      await streamCopy(res, ready.scope, ready.filter, await sdmxObservationCopy(ready.scope, ready.filter), ready.bom, deps.config.limits.exportTimeoutMs);
    } catch (e) {
      if (res.headersSent) {
        deps.logger.error({ err: e, requestId: res.locals.requestId }, 'SDMX export failed mid-stream');
        res.destroy(e as Error);
      } else next(e);
    }
  });

  router.get('/export/structure.json', async (req, res, next) => {
    try {
      const ready = await prepareExport(deps, req, res, { rejectUnknown: true });
      if (ready) res.json(await sdmxStructure(ready.scope, ready.filter));
    } catch (e) {
      next(e);
    }
  });

  router.get('/export/datapackage.json', async (req, res, next) => {
    try {
      const ready = await prepareExport(deps, req, res, { rejectUnknown: true });
      if (ready) res.json(dataPackage(deps.config.dataLicence));
    } catch (e) {
      next(e);
    }
  });
  return router;
}

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request, Response, Router } from 'express';
import express from 'express';
import { projectRoot } from '../paths';

/**
 * GraphiQL for analysts, served entirely from this server: the machines it runs on may have no
 * internet, so no CDN. The GraphiQL build of @graphql-yoga/render-graphiql is split into a small
 * HTML page and content-hashed script, style and worker files that browsers cache for good.
 */
interface Asset {
  path: string;
  contentType: string;
  body: Buffer;
  gzipped?: Buffer;
}

interface GraphiQLBundle {
  js: string;
  css: string;
  favicon: string;
  editorWorkerService: string;
  jsonWorker: string;
  graphqlWorker: string;
}

export interface ExampleQuery {
  name: string;
  query: string;
}

/** Splits schema/examples.graphql into its operations, each a GraphiQL tab. */
export function readExampleQueries(file: string): ExampleQuery[] {
  const text = readFileSync(file, 'utf8');
  const starts = [...text.matchAll(/^(query|mutation)\s+(\w+)/gm)];
  return starts.map((m, i) => {
    // The comment lines right above an operation belong to it.
    const end = i + 1 < starts.length ? starts[i + 1].index! : text.length;
    const block = text.slice(m.index, end).trimEnd();
    const trailingComments = /(\n#[^\n]*)+$/.exec(block);
    const body = trailingComments ? block.slice(0, trailingComments.index) : block;
    const before = text.slice(0, m.index);
    const comments = /((?:^#[^\n]*\n)+)$/m.exec(before)?.[1] ?? '';
    return { name: m[2], query: `${comments}${body}\n` };
  });
}

function hashed(name: string, ext: string, body: string, contentType: string): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  return { path: `/graphiql/${name}.${hash}.${ext}`, contentType, body: Buffer.from(body, 'utf8') };
}

function escapeForScript(json: string): string {
  return json.replace(/</g, '\\u003c');
}

export function graphiqlRouter(options: { endpoint: string; examples: ExampleQuery[]; title: string }): {
  router: Router;
  page: (req: Request, res: Response) => void;
} {
  // Loaded on first use: 9 MB of JavaScript a hub serving only API clients never needs.
  let assets: { script: Asset; style: Asset; workers: Record<string, Asset>; page: Asset } | undefined;
  const build = () => {
    if (assets) return assets;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundle = require('@graphql-yoga/render-graphiql/graphiql') as GraphiQLBundle;
    const script = hashed('graphiql', 'js', bundle.js, 'text/javascript; charset=utf-8');
    const style = hashed('graphiql', 'css', bundle.css, 'text/css; charset=utf-8');
    const workers = {
      editorWorkerService: hashed('editor.worker', 'js', bundle.editorWorkerService, 'text/javascript; charset=utf-8'),
      json: hashed('json.worker', 'js', bundle.jsonWorker, 'text/javascript; charset=utf-8'),
      graphql: hashed('graphql.worker', 'js', bundle.graphqlWorker, 'text/javascript; charset=utf-8'),
    };
    const config = {
      endpoint: options.endpoint,
      title: options.title,
      defaultTabs: options.examples.map((e) => ({ query: e.query })),
      // Not the yoga default (subscriptions over SSE): this hub answers plain POSTs.
      headers: '',
    };
    const workerUrls = Object.fromEntries(Object.entries(workers).map(([k, a]) => [k, a.path]));
    const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${options.title}</title>
    <link rel="icon" href="${bundle.favicon}" />
    <link rel="stylesheet" href="${style.path}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript. The API itself answers POST ${options.endpoint} with a JSON body.</noscript>
    <div id="root"></div>
    <script>
      self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: function (_, label) { return ${escapeForScript(JSON.stringify(workerUrls))}[label]; } };
    </script>
    <script src="${script.path}"></script>
    <script>
      YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${escapeForScript(JSON.stringify(config))});
    </script>
  </body>
</html>
`;
    assets = { script, style, workers, page: { path: options.endpoint, contentType: 'text/html; charset=utf-8', body: Buffer.from(html) } };
    return assets;
  };

  const send = (req: Request, res: Response, asset: Asset, cache: string) => {
    res.setHeader('Content-Type', asset.contentType);
    res.setHeader('Cache-Control', cache);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Vary', 'Accept-Encoding, Accept');
    if (req.acceptsEncodings('gzip') === 'gzip') {
      asset.gzipped ??= gzipSync(asset.body, { level: 6 });
      res.setHeader('Content-Encoding', 'gzip');
      res.end(asset.gzipped);
    } else {
      res.end(asset.body);
    }
  };

  const router = express.Router();
  router.get('/graphiql/:file', (req, res, next) => {
    const { script, style, workers } = build();
    const asset = [script, style, ...Object.values(workers)].find((a) => a.path === req.path || a.path === `/graphiql/${req.params.file}`);
    if (!asset) return next();
    // Content-hashed names: a new build gets new names, so browsers may cache these for good.
    send(req, res, asset, 'public, max-age=31536000, immutable');
  });
  const page = (req: Request, res: Response) => send(req, res, build().page, 'no-cache');
  return { router, page };
}

export const examplesFile = () => join(projectRoot(), 'schema', 'examples.graphql');

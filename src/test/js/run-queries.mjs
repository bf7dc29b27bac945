// Runs queries through the theme's search.js against an index on disk, as the browser would.
//   node src/test/js/run-queries.mjs SEARCH_DIR QUERIES.json
// QUERIES.json is a list of queries; prints {"query": {"urls": [...], "count": n, "exact": bool}}.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const source = readFileSync(new URL('../../../themes/default/assets/search.js', import.meta.url), 'utf8');
const { SearchIndex } = await import('data:text/javascript,' + encodeURIComponent(source));
const [dir, queriesFile] = process.argv.slice(2);
const index = new SearchIndex('', async (path) => JSON.parse(readFileSync(join(dir, path), 'utf8')));
await index.open();
const out = {};
for (const query of JSON.parse(readFileSync(queriesFile, 'utf8'))) {
  const results = await index.search(query);
  const firstPage = await results.next();
  const urls = firstPage.map((r) => r.url);
  while (!results.done) urls.push(...(await results.next()).map((r) => r.url));
  out[query] = { urls, count: results.count, exact: results.exact, firstPage: firstPage.length };
}
process.stdout.write(JSON.stringify(out));

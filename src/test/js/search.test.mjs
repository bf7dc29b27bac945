// Unit tests of the theme's search.js, run by `node --test src/test/js/` (SearchScriptTest runs
// them from Maven). The tokenizer cases are the same file the Java TokenizerTest reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('../../../themes/default/assets/search.js', import.meta.url), 'utf8');
const search = await import('data:text/javascript,' + encodeURIComponent(source));
const vectors = JSON.parse(readFileSync(new URL('../resources/search/tokenizer-vectors.json', import.meta.url), 'utf8'));

for (const c of vectors.cases) {
  test(`tokenizer vector: ${c.name}`, () => {
    assert.equal(search.normalize(c.input), c.normalized);
    assert.deepEqual(search.tokenize(c.input), c.tokens);
  });
}

for (const c of vectors.shardCases) {
  test(`shard of "${c.term}"`, () => assert.equal(search.shardOf(c.term, 256), c.shard256));
}

test('queries split into terms; quoted phrases stay whole', () => {
  const terms = search.parseQuery('乡村振兴  "New  York" “家风 家训” ！！');
  assert.deepEqual(terms.map((t) => t.text), ['乡村振兴', 'new york', '家风 家训']);
  assert.deepEqual(terms[0].keys, ['乡村', '村振', '振兴']);
  assert.equal(terms[0].exact, false);
});

test('one character, one pair of characters and one word are answered by the index alone', () => {
  assert.deepEqual(search.parseQuery('家 家风 G20').map((t) => t.exact), [true, true, true]);
  assert.deepEqual(search.parseQuery('家风家训 g20峰会').map((t) => t.exact), [false, false]);
});

test('a very long query narrows with at most eight tokens', () => {
  const [term] = search.parseQuery('岁月满载玫瑰馨香时代成就巾帼梦想'.repeat(60));
  assert.equal(term.keys.length, 8);
  assert.equal(term.text.length, 960);
});

test('punctuation and HTML: nothing to search, and markup is just text', () => {
  assert.deepEqual(search.parseQuery('，。！？……'), []);
  assert.deepEqual(search.parseQuery('<script>').map((t) => t.text), ['<script>']);
});

/** Pieces of text as one string, the marked ones in brackets. */
function show(parts) {
  return parts.map(([text, marked]) => (marked ? '[' + text + ']' : text)).join('');
}

test('excerpts find the match in the original text, full-width forms included', () => {
  const text = '开头。ＡＢＣ大会在邵阳召开，巾帼建功。结尾';
  assert.equal(show(search.excerpt(text, search.parseQuery('abc大会'), 3)), '开头。[ＡＢＣ大会]在邵阳…');
  assert.equal(search.excerpt(text, search.parseQuery('不存在')), null);
});

/** A tiny in-memory index in the build's format: three articles, numbered oldest first. */
function memoryIndex() {
  const files = new Map();
  const docs = [
    ['乡村振兴', '/c/', '2022-01-01', '工作动态', '杨超', '', '乡村振兴巾帼行动。', '通讯员 杨超\n工作动态'],
    ['家风建设', '/b/', '2023-03-01', '工作动态', '伍洁', '', '家风好，家训传。', '邵阳日报记者 伍洁\n工作动态'],
    ['家风家训进万家', '/a/', '2024-05-01', '家庭教育', '王静', '', '开展家风家训活动。', '王静\n家庭教育'],
  ];
  const postings = new Map();
  docs.forEach((d, id) => {
    for (const t of new Set(search.tokenize(d[0] + ' ' + d[6] + ' ' + d[7]))) {
      if (!postings.has(t)) postings.set(t, []);
      postings.get(t).push(id);
    }
  });
  const shards = 4;
  const shardFiles = Array.from({ length: shards }, () => ({}));
  for (const [term, ids] of postings) {
    const deltas = ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]));
    shardFiles[search.shardOf(term, shards)][term] = [ids.length, deltas, ids.map(() => 10), []];
  }
  files.set('manifest.json', { version: 4, documents: 3, shards, recordsPerFile: 2,
    columns: ['家庭教育', '工作动态'], years: { 2022: [0, 0], 2023: [1, 1], 2024: [2, 2] } });
  shardFiles.forEach((f, i) => files.set(`t/${i}.json`, f));
  files.set('r/0.json', docs.slice(0, 2));
  files.set('r/1.json', docs.slice(2));
  files.set('c/0.json', [2]);
  files.set('c/1.json', [0, 1]);
  const fetched = [];
  const index = new search.SearchIndex('', async (path) => {
    fetched.push(path);
    if (!files.has(path)) throw new Error('404 ' + path);
    return structuredClone(files.get(path));
  });
  return { index, fetched };
}

async function all(results) {
  const out = [];
  while (!results.done) out.push(...(await results.next()));
  return out.map((r) => r.url);
}

/**
 * An index of `bodies` (article i's text, numbered oldest first, one record a file) split as
 * SearchIndex splits long lists, with `inline` postings in the shard and chunks of `chunk`:
 * the newest postings in the shard, the older in chunk files, newest first.
 */
function splitIndex(bodies, inline, chunk) {
  const files = new Map();
  const postings = new Map();
  bodies.forEach((body, id) => {
    for (const t of new Set(search.tokenize(body))) {
      if (!postings.has(t)) postings.set(t, []);
      postings.get(t).push(id);
    }
  });
  const shards = 4;
  const shardFiles = Array.from({ length: shards }, () => ({}));
  const list = (ids) => [ids.map((id, i) => (i === 0 ? id : id - ids[i - 1])), ids.map((id) => 10 + (id % 7))];
  let n = 0;
  for (const [term, ids] of postings) {
    const start = Math.max(0, ids.length - inline);
    const chunks = [];
    for (let to = start; to > 0; to -= chunk) {
      const name = `p/${n++}.json`;
      files.set(name, list(ids.slice(Math.max(0, to - chunk), to)));
      chunks.push(name);
    }
    shardFiles[search.shardOf(term, shards)][term] = [ids.length, ...list(ids.slice(start)), chunks];
  }
  files.set('manifest.json', { version: 4, documents: bodies.length, shards, recordsPerFile: 1, columns: [], years: {} });
  shardFiles.forEach((f, i) => files.set(`t/${i}.json`, f));
  bodies.forEach((body, id) => files.set(`r/${id}.json`, [['第' + id + '篇', '/' + id + '/', '2024-01-01', '', '', '', body, '']]));
  const fetched = [];
  const index = new search.SearchIndex('', async (path) => {
    fetched.push(path);
    if (!files.has(path)) throw new Error('404 ' + path);
    return structuredClone(files.get(path));
  });
  return { index, fetched };
}

test('lists cut short narrow too, loading older chunks only as checking reaches older articles', async () => {
  // 中国 in every second article, 国家 in every third, 家庭 in every fourth; 中国家庭 in every ninth.
  const bodies = Array.from({ length: 60 }, (_, i) => [i % 2 === 0 && '中国', i % 3 === 0 && '国家',
    i % 4 === 0 && '家庭', i % 9 === 0 && '中国家庭'].filter(Boolean).join('，'));
  const { index, fetched } = splitIndex(bodies, 4, 5);
  await index.open();
  const results = await index.search('中国家庭');
  const found = await all(results);
  assert.deepEqual(found.sort(), ['/0/', '/18/', '/27/', '/36/', '/45/', '/54/', '/9/']);
  // Every article whose text was fetched has all three pairs: the cut lists ruled out the rest.
  const hasAll = (id) => ['中国', '国家', '家庭'].every((pair) => bodies[id].includes(pair));
  const records = fetched.filter((p) => p.startsWith('r/')).map((p) => Number(p.slice(2, -5)));
  assert.deepEqual(records.filter((id) => !hasAll(id)), []);
  assert.equal(results.count, 7);
  // The newest article of the query needs no chunk of the cut lists.
  const { index: fresh, fetched: first } = splitIndex(bodies.map((b, i) => (i === 54 ? b : b.replace('中国家庭', '中国'))), 4, 5);
  await fresh.open();
  const newest = await fresh.search('中国家庭', { sort: 'date' });
  const chunksBefore = first.filter((p) => p.startsWith('p/')).length;
  assert.deepEqual((await newest.next(1)).map((r) => r.url), ['/54/']);
  assert.equal(first.filter((p) => p.startsWith('p/')).length, chunksBefore, 'no chunk loaded for the newest candidate');
});

test('a Chinese query matches the articles that contain it, confirmed against their text', async () => {
  const { index } = memoryIndex();
  await index.open();
  assert.deepEqual(await all(await index.search('家风家训')), ['/a/']);
  const results = await index.search('家风');
  assert.equal(results.exact, true);
  assert.equal(results.count, 2);
  assert.deepEqual(await all(await index.search('家风 乡村')), []);
  assert.deepEqual(await all(await index.search('"家训传"')), ['/b/']);
});

test('filters by year and column, sorts newest first on request', async () => {
  const { index } = memoryIndex();
  await index.open();
  assert.deepEqual(await all(await index.search('家', { year: '2023' })), ['/b/']);
  assert.deepEqual(await all(await index.search('家', { column: '家庭教育' })), ['/a/']);
  assert.deepEqual(await all(await index.search('巾', { column: '工作动态' })), ['/c/']);
  assert.deepEqual(await all(await index.search('家', { sort: 'date' })), ['/a/', '/b/']);
});

test('a page stops after CHECK_LIMIT candidates without the query, and goes on when asked', async () => {
  // Every article has 社区, 区志 and 志愿, only the oldest has 社区志愿: it comes last.
  const bodies = Array.from({ length: 45 }, (_, i) => (i === 0 ? '社区志愿者' : '志愿者走进社区，编写区志'));
  const { index, fetched } = splitIndex(bodies, 1000, 4000);
  await index.open();
  const results = await index.search('社区志愿');
  assert.deepEqual(await results.next(), []);
  assert.equal(results.paused, true);
  assert.equal(results.done, false);
  assert.equal(results.checked, search.CHECK_LIMIT);
  assert.equal(fetched.filter((p) => p.startsWith('r/')).length, search.CHECK_LIMIT);
  assert.deepEqual((await results.next()).map((r) => r.url), ['/0/']);
  assert.equal(results.paused, false);
  assert.equal(results.done, true);
  assert.equal(results.count, 1);
  assert.equal(results.exact, true);
  assert.equal(search.format('Checked %2$d of %1$d, %3$d found', 45, 30, 0), 'Checked 30 of 45, 0 found');
});

test('a search whose signal is aborted fetches nothing more', async () => {
  const bodies = Array.from({ length: 45 }, (_, i) => (i === 0 ? '社区志愿者' : '志愿者走进社区，编写区志'));
  const { index, fetched } = splitIndex(bodies, 10, 10);
  await index.open();
  const controller = new AbortController();
  const results = await index.search('社区志愿', { signal: controller.signal });
  const page = results.next();
  controller.abort();
  const before = fetched.length;
  await assert.rejects(page, { name: 'AbortError' });
  await assert.rejects(results.next(), { name: 'AbortError' });
  await assert.rejects(index.search('志愿者', { signal: controller.signal }), { name: 'AbortError' });
  assert.equal(fetched.length, before, 'no file asked for after the abort');
});

test('a missing shard rejects the search rather than answering wrongly', async () => {
  const { index } = memoryIndex();
  await index.open();
  const broken = new search.SearchIndex('', async (path) => { if (path.startsWith('t/')) throw new Error('offline'); return index.fetchJson(path); });
  await broken.open();
  await assert.rejects(broken.search('家风'));
});

test('the byline, column and the other labels an article shows are searched too', async () => {
  const { index } = memoryIndex();
  await index.open();
  assert.deepEqual(await all(await index.search('邵阳日报')), ['/b/']);
  assert.deepEqual(await all(await index.search('"邵阳日报记者 伍洁"')), ['/b/']);
});

test('spaces between Chinese and Latin letters or digits do not matter', async () => {
  assert.equal(search.compact('热线 12338，妇联 abc 与 g20 峰会 x y').text, '热线12338，妇联abc与g20峰会x y');
  assert.deepEqual(search.parseQuery('热线12338 "12338 妇联"').map((t) => t.text), ['热线12338', '12338妇联']);
  const records = [{ title: '热线', labels: '', summary: '', body: '拨打妇女维权热线 12338，或 12338妇联abc 热线。' }];
  for (const query of ['热线12338', '热线 12338', '12338妇联', '妇联abc', '妇联 abc', '"热线 12338"']) {
    const results = new search.Results(null, search.parseQuery(query), [], false);
    assert.equal(results.matches(records[0]), true, query);
  }
  assert.equal(show(search.excerpt(records[0].body, search.parseQuery('热线12338'), 2)), '…维权[热线 12338]，或…');
  // The space after a match, compacted away, is not marked with it; a term does not run across two fields.
  assert.equal(show(search.excerpt('热线 12338 电话', search.parseQuery('热线12338'))), '[热线 12338] 电话');
  assert.equal(show(search.excerpt('姓名𠀀 abc 之后', search.parseQuery('𠀀abc'))), '姓名[𠀀 abc] 之后');
  const across = new search.Results(null, search.parseQuery('热线2024'), [], false);
  assert.equal(across.matches({ title: '开通维权热线', labels: '2024年度', summary: '', body: '' }), false);
  assert.equal(across.matches({ title: '开通维权热线 2024', labels: '', summary: '', body: '' }), true);
});

test('a quote mark without its partner is dropped, not searched for', () => {
  for (const query of ['"妇联', '“妇联', '妇联”', '”妇联“', '＂妇联']) {
    assert.deepEqual(search.parseQuery(query).map((t) => [t.text, t.exact]), [['妇联', true]], query);
  }
  assert.deepEqual(search.parseQuery('"家风 家训').map((t) => t.text), ['家风', '家训']);
  assert.deepEqual(search.parseQuery('"家风 家训"').map((t) => t.text), ['家风 家训']);
  assert.deepEqual(search.parseQuery('"'), []);
});

test('every term is marked, each time it occurs, in the excerpt and in a title', () => {
  const text = '邵阳市妇联召开会议。邵阳各级妇联参加，妇女代表发言。';
  assert.equal(show(search.excerpt(text, search.parseQuery('邵阳 妇联'))), '[邵阳]市[妇联]召开会议。[邵阳]各级[妇联]参加，妇女代表发言。');
  assert.equal(show(search.excerpt(text, search.parseQuery('妇 联'), 4)), '邵阳市[妇联]召开会议…');
  assert.equal(show(search.excerpt(text, search.parseQuery('妇联召开 召开会议'))), '邵阳市[妇联召开会议]。邵阳各级妇联参加，妇女代表发言。');
  const title = '<b>家风</b> & 家训';
  assert.equal(show(search.pieces(title, search.matchRanges(title, search.parseQuery('家训 <b>')))), '[<b>]家风</b> & [家训]');
});

test('outside quotes, punctuation separates terms as a space does; inside, it is kept', () => {
  const texts = (query) => search.parseQuery(query).map((t) => t.text);
  assert.deepEqual(texts('妇联、家庭教育'), ['妇联', '家庭教育']);
  assert.deepEqual(texts('家庭教育，留守儿童；妇联：主席！会议？结束。'), ['家庭教育', '留守儿童', '妇联', '主席', '会议', '结束']);
  assert.deepEqual(texts('巾帼梦想.邵阳市,妇联;主席'), ['巾帼梦想', '邵阳市', '妇联', '主席']);
  assert.deepEqual(texts('妇联……主席'), ['妇联', '主席']);
  assert.deepEqual(texts('2309.6万元 1,000人 10:30'), ['2309.6万元', '1,000人', '10:30']);
  assert.deepEqual(texts('"妇联，主席"'), ['妇联,主席']);
  assert.deepEqual(texts('妇联、“家庭教育”'), ['妇联', '家庭教育']);
  const record = { title: '', labels: '', summary: '', body: '市妇联召开会议，妇联主席王芳作报告。' };
  for (const query of ['妇联，主席', '妇联、报告', '会议。王芳']) {
    assert.equal(new search.Results(null, search.parseQuery(query), [], false).matches(record), true, query);
  }
});

test('「」, 『』, ‘’ and \'\' are quote pairs too, and a space between two Chinese characters of a phrase is optional', () => {
  for (const query of ['「最美家庭」', '『最美家庭』', '‘最美家庭’', "'最美家庭'", '“最美家庭”', '"最美家庭"', '「最美家庭', '最美家庭』']) {
    assert.deepEqual(search.parseQuery(query).map((t) => t.text), ['最美家庭'], query);
  }
  assert.deepEqual(search.parseQuery('「妇联 主席」 ‘new york’').map((t) => t.text), ['妇联 主席', 'new york']);
  assert.deepEqual(search.parseQuery("women's day").map((t) => t.text), ["women's", 'day']);
  const spaced = new search.Results(null, search.parseQuery('"最美 家庭"'), [], false);
  assert.equal(spaced.matches({ title: '', labels: '', summary: '', body: '评选最美家庭。' }), true);
  assert.equal(spaced.matches({ title: '', labels: '', summary: '', body: '评选最美 家庭。' }), true);
  assert.equal(spaced.matches({ title: '', labels: '', summary: '', body: '评选最美。家庭' }), false);
  assert.equal(new search.Results(null, search.parseQuery('"new york"'), [], false)
    .matches({ title: '', labels: '', summary: '', body: 'newyork' }), false);
  assert.equal(show(search.excerpt('评选最美家庭。', search.parseQuery('"最美 家庭"'))), '评选[最美家庭]。');
  assert.equal(show(search.excerpt('家家家', search.parseQuery('家家'))), '[家家家]');
});

test('quotation marks and 书名号 are transparent in the text check and the highlight', () => {
  const record = { title: '市妇联举办“三八”国际妇女节座谈会', labels: '', summary: '', body: '制作《邵阳妇运百年》电子书。' };
  for (const query of ['三八国际妇女节', '邵阳妇运百年电子书', '“三八”国际', '"三八国际"']) {
    assert.equal(new search.Results(null, search.parseQuery(query), [], false).matches(record), true, query);
  }
  assert.equal(show(search.pieces(record.title, search.matchRanges(record.title, search.parseQuery('三八国际')))), '市妇联举办“[三八”国际]妇女节座谈会');
  assert.equal(show(search.excerpt("Women's Day", search.parseQuery("women's"))), "[Women's] Day");
});

test('a term that begins or ends with a Latin letter or digit matches at a word edge only, in the check and the highlight', () => {
  const matches = (query, body) => new search.Results(null, search.parseQuery(query), [], false)
    .matches({ title: '', labels: '', summary: '', body });
  assert.equal(matches('5日', '今天(4月15日)16时，开展活动5项。'), false);
  assert.equal(matches('5日', '3月5日召开会议。'), true);
  assert.equal(matches('1月', '2019年11月29日'), false);
  assert.equal(matches('8日', '联邦统计局18日公布'), false);
  assert.equal(matches('abc公司', '与xabc公司合作'), false);
  assert.equal(matches('abc公司', '与ABC公司合作'), true);
  assert.equal(matches('covid-19', '应对COVID-19疫情'), true);
  assert.equal(matches('热线12338', '维权热线 12338。'), true);
  assert.equal(matches('热线1233', '维权热线 12338。'), false);
  assert.equal(show(search.excerpt('4月15日和4月5日', search.parseQuery('5日'))), '4月15日和4月[5日]');
  assert.equal(show(search.excerpt('2023年3月8日', search.parseQuery('3月8日'))), '2023年[3月8日]');
});

test('a match does not run across a line break, which separates blocks: a heading and its paragraph, two list items', () => {
  assert.equal(search.compact('家庭工作\n2023年，最美家庭 \n 100户').text, '家庭工作\n2023年，最美家庭 \n 100户');
  const record = { title: '五年工作回顾', labels: '', summary: '', body: '家庭工作\n2023年，全市新建家长学校50所。\n最美家庭\n100户' };
  for (const query of ['家庭工作2023', '最美家庭100户', '"家庭工作 2023"']) {
    assert.equal(new search.Results(null, search.parseQuery(query), [], false).matches(record), false, query);
  }
  assert.equal(new search.Results(null, search.parseQuery('2023年'), [], false).matches(record), true);
});

test('until every candidate is checked, the count is estimated from the share of those checked that held the query', async () => {
  // 100 articles with the pairs of 社区志愿, every second one with 社区志愿 itself.
  const bodies = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? '社区志愿者' : '志愿者走进社区，编写区志'));
  const { index } = splitIndex(bodies, 1000, 4000);
  await index.open();
  const results = await index.search('社区志愿');
  assert.equal((await results.next()).length, 10);
  assert.equal(results.exact, false);
  assert.equal(results.count, Math.round(100 * 10 / results.checked));
  assert.ok(results.count >= 40 && results.count <= 60, `about 50, not ${results.count}`);
  while (!results.done) await results.next();
  assert.equal(results.count, 50);
  assert.equal(results.exact, true);
});

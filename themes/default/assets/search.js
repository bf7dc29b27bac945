// Gazette search: runs in the reader's browser over the JSON index the build writes under
// search/. The tokenizer mirrors org.gazette.search.Tokenizer; the shared vectors in
// src/test/resources/search/tokenizer-vectors.json hold the two together.

// The CJK Unified Ideographs blocks and the ideographic planes count as Han by range, as in
// org.gazette.markdown.Ideographs: the build's Java knows Unicode 13 only, and a browser may know more or less.
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3400-\u4DBF\u4E00-\u9FFF\u{20000}-\u{3FFFF}]/u;
const WORD = /[\p{L}\p{N}\p{Mn}\p{Mc}]/u;
/** A letter or digit of a whole word, as the tokenizer reads one: a word character that is not wide. */
const NARROW = `(?:(?!${WIDE.source})${WORD.source})`;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Quotation marks and 书名号, dropped by normalize: transparent, so that “三八”国际 reads as 三八国际.
 * An apostrophe between two Latin letters (women's) is part of a word.
 */
const QUOTES = /[“”"‘「」『』《》〈〉]|(?<!\p{Script=Latin})['’]|['’](?!\p{Script=Latin})/gu;
const VERSION = 4;
const PAGE = 10;
/**
 * Added by the build to the score of a token in an article's title (SearchIndex.TITLE_MARK), above
 * any BM25 score: an article ranks by how many of the query's tokens its title holds, then by BM25.
 */
const TITLE_MARK = 1000;

/** A posting's score as the ranking adds it up: a token in the title outweighs any BM25 scores. */
function rank(score) {
  return score >= TITLE_MARK ? 1e6 + score - TITLE_MARK : score;
}
/** At most this many tokens of one query term narrow the candidates; the text check does the rest. */
const KEY_TOKENS = 8;
/**
 * A page stops after this many candidates checked against their text (each a record file to
 * download) turn out not to contain the query, and the reader may go on: a query whose pairs of
 * characters are all common but which occurs nowhere would otherwise download every candidate.
 */
export const CHECK_LIMIT = 30;

/** NFKC, lower case, lone surrogates replaced, quotation marks dropped: the form in which text is indexed and matched. */
export function normalize(text) {
  return fold(text).replace(QUOTES, '');
}

/** NFKC, lower case, lone surrogates replaced. */
function fold(text) {
  return text.replace(LONE_SURROGATE, '\uFFFD').normalize('NFKC').toLowerCase();
}

/**
 * Text with the spaces between a Chinese (Japanese, Korean) character and a Latin letter or digit
 * taken out, so that 热线12338 and 热线 12338 match alike: writers space them either way. A line
 * break, which separates two blocks of an article (a heading and the paragraph under it, two list
 * items), stays: a match does not run across it. With
 * `map` (each UTF-16 unit's place in an original text, one more at the end), the map of the result.
 */
export function compact(text, map = null) {
  let out = '';
  const kept = map ? [] : null;
  let last = 0;
  for (const m of text.matchAll(/[^\S\n]+/g)) {
    const end = m.index + m[0].length;
    if (m.index === 0 || end === text.length) continue;
    if (!joins(codePointBefore(text, m.index), String.fromCodePoint(text.codePointAt(end)))) continue;
    out += text.slice(last, m.index);
    if (kept) for (let i = last; i < m.index; i++) kept.push(map[i]);
    last = end;
  }
  if (last === 0) return { text, map };
  out += text.slice(last);
  if (kept) for (let i = last; i <= text.length; i++) kept.push(map[i]);
  return { text: out, map: kept };
}

function codePointBefore(text, at) {
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xDC00 && low <= 0xDFFF && at >= 2 ? at - 2 : at - 1;
  return String.fromCodePoint(text.codePointAt(start));
}

/** A wide character beside a letter or digit of another script. */
function joins(a, b) {
  const wideA = WIDE.test(a);
  const wideB = WIDE.test(b);
  return wideA !== wideB && WORD.test(wideA ? b : a);
}

/** Characters and bigrams of Chinese, Japanese and Korean text; whole words of other scripts. */
export function tokenize(text) {
  const tokens = [];
  let word = '';
  let previousWide = null;
  for (const c of normalize(text)) {
    if (WIDE.test(c)) {
      if (word) { tokens.push(word); word = ''; }
      if (previousWide !== null) tokens.push(previousWide + c);
      tokens.push(c);
      previousWide = c;
    } else {
      previousWide = null;
      if (WORD.test(c)) word += c;
      else if (word) { tokens.push(word); word = ''; }
    }
  }
  if (word) tokens.push(word);
  return tokens;
}

/** FNV-1a over UTF-8 bytes, as SearchIndex.shardOf. */
export function shardOf(term, shards) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(term)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

/**
 * A query's terms and quoted phrases: "…", “…”, ‘…’, '…', 「…」 and 『…』 are quote pairs; a
 * quote mark left unpaired at either end of a word ("妇联, “妇联) is a slip, not text to find.
 */
const PHRASE = /"([^"]*)"|“([^”]*)”|‘([^’]*)’|「([^」]*)」|『([^』]*)』|(?<![\p{L}\p{N}])'([^']*)'(?![\p{L}\p{N}])|(\S+)/gu;
/**
 * Outside quotes, what separates terms as a space does (in normalized form): Chinese and Latin
 * sentence and clause punctuation, 、，,；;。.：:！!？?… (a point, comma or colon between two digits
 * is part of a number: 2309.6, 1,000, 10:30).
 */
const SEPARATOR = /[、。;!?]|(?<!\d)[.,:]|[.,:](?!\d)/u;

/**
 * A query split into terms: words separated by spaces or punctuation, or quoted phrases, which
 * keep their punctuation. Each term is matched as a substring of an article's normalized text
 * (a space between two Chinese characters of a phrase matches with or without a space); a term
 * of one character, one pair of Chinese characters or one word is answered by the index alone.
 */
export function parseQuery(query) {
  const texts = [];
  for (const m of fold(query).matchAll(PHRASE)) {
    const word = m[7];
    if (word === undefined) texts.push(m.slice(1, 7).find((p) => p !== undefined));
    else texts.push(...word.split(SEPARATOR));
  }
  const terms = [];
  for (const phrase of texts) {
    // normalize drops the quote marks left, as it does in the text: "妇联 and 「妇联 search for 妇联.
    const text = compact(normalize(phrase).trim().replace(/\s+/g, ' ')).text;
    const tokens = tokenize(text);
    if (tokens.length === 0) continue;
    const keys = keyTokens(tokens);
    // The index alone answers a term that is exactly one token (or one pair of characters);
    // anything with punctuation or several tokens is checked against the text.
    const exact = (tokens.length === 1 && tokens[0] === text) || (isOneBigram(tokens) && tokens[1] === text);
    terms.push({ text, keys, exact, pattern: termPattern(text) });
  }
  return terms;
}

/**
 * The expression that finds a term in normalized, compacted text. A term that begins or ends with
 * a Latin letter or digit begins or ends at a word's edge, as the tokenizer's words do: 5日 is not
 * found in 15日, nor abc公司 in xabc公司.
 */
function termPattern(text) {
  const words = text.split(' ');
  const chars = [...text];
  let source = isNarrow(chars[0]) ? `(?<!${NARROW})` : '';
  words.forEach((word, i) => {
    // A space between two Chinese characters matches with or without one: "最美 家庭" finds 最美家庭.
    if (i > 0) source += WIDE.test([...words[i - 1]].at(-1)) && WIDE.test([...word][0]) ? ' ?' : ' ';
    source += word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  });
  if (isNarrow(chars[chars.length - 1])) source += `(?!${NARROW})`;
  return new RegExp(source, 'gu');
}

function isNarrow(c) {
  return WORD.test(c) && !WIDE.test(c);
}

/** Where `pattern` occurs in `text`, overlapping occurrences included: [start, end) pairs. */
function occurrences(text, pattern) {
  const found = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push([m.index, m.index + m[0].length]);
    pattern.lastIndex = m.index + (text.codePointAt(m.index) > 0xFFFF ? 2 : 1); // a whole character on
  }
  return found;
}

function isOneBigram(tokens) {
  return tokens.length === 3 && [...tokens[1]].length === 2 && tokens[1] === tokens[0] + tokens[2];
}

/** The tokens that narrow a term: its bigrams, lone characters and words, spread over the term. */
function keyTokens(tokens) {
  const keys = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const wide = WIDE.test(t);
    const bigram = wide && [...t].length === 2;
    const loneChar = wide && !bigram && !(i > 0 && isBigramOf(tokens[i - 1], t)) && !(i + 1 < tokens.length && isBigramOf(tokens[i + 1], t));
    if (bigram || loneChar || !wide) keys.push(t);
  }
  const unique = [...new Set(keys)];
  if (unique.length <= KEY_TOKENS) return unique;
  const step = (unique.length - 1) / (KEY_TOKENS - 1);
  return [...new Set(Array.from({ length: KEY_TOKENS }, (_, i) => unique[Math.round(i * step)]))];
}

function isBigramOf(bigram, c) {
  return [...bigram].length === 2 && bigram.includes(c);
}

function decode(deltas) {
  const out = new Array(deltas.length);
  let previous = 0;
  for (let i = 0; i < deltas.length; i++) {
    previous = i === 0 ? deltas[0] : previous + deltas[i];
    out[i] = previous;
  }
  return out;
}

/** Refused to a search that a newer one has replaced: it asks for no more files. */
function superseded(signal) {
  return signal && signal.aborted ? Promise.reject(new DOMException('a newer search replaced this one', 'AbortError')) : null;
}

/**
 * A token's posting list as far as it is loaded: the shard holds its newest postings (the
 * highest article numbers) and the chunk files, newest first, the older ones. From `low` up,
 * `map` holds exactly the articles that contain the token; below it, only once `cover` has
 * loaded the chunks that reach down that far.
 */
class PostingList {
  constructor(index, df, chunks) {
    this.index = index;
    this.df = df;
    this.chunks = chunks;
    this.loaded = 0;
    this.map = new Map();
    this.low = Infinity;
  }

  get complete() { return this.loaded === this.chunks.length; }

  /** Whether `map` tells for certain if article `id` has the token. */
  covers(id) { return this.complete || id >= this.low; }

  add(deltas, scores) {
    const ids = decode(deltas);
    ids.forEach((id, i) => this.map.set(id, scores[i]));
    if (ids.length) this.low = Math.min(this.low, ids[0]);
  }

  /** Loads the next chunks, one at a time, until the list covers article `id`. */
  async cover(id, signal) {
    while (!this.covers(id)) {
      const n = this.loaded;
      const [deltas, scores] = await this.index.get(this.chunks[n], signal);
      if (this.loaded === n) {
        this.add(deltas, scores);
        this.loaded = n + 1;
      }
    }
  }
}

/** The index under one base URL, fetching each file at most once. */
export class SearchIndex {
  constructor(base, fetchJson) {
    this.base = base;
    this.fetchJson = fetchJson;
    this.cache = new Map();
  }

  get(path, signal = null) {
    const refused = superseded(signal);
    if (refused) return refused;
    if (!this.cache.has(path)) {
      const loading = this.fetchJson(this.base + path);
      loading.catch(() => this.cache.delete(path));
      this.cache.set(path, loading);
    }
    return this.cache.get(path);
  }

  async open() {
    this.manifest = await this.get('manifest.json');
    if (this.manifest.version !== VERSION) throw new Error('search index version ' + this.manifest.version);
    return this.manifest;
  }

  /** A token's PostingList: the part in its shard, or with `whole` the chunks as well. */
  async postings(token, whole, signal = null) {
    const shard = await this.get('t/' + shardOf(token, this.manifest.shards) + '.json', signal);
    const entry = Object.prototype.hasOwnProperty.call(shard, token) ? shard[token] : null;
    if (!entry) return new PostingList(this, 0, []);
    const [df, deltas, scores, chunks] = entry;
    const list = new PostingList(this, df, chunks);
    list.add(deltas, scores);
    if (chunks.length && whole) {
      for (const [d, s] of await Promise.all(chunks.map((c) => this.get(c, signal)))) list.add(d, s);
      list.loaded = chunks.length;
    }
    return list;
  }

  async record(id, signal = null) {
    const per = this.manifest.recordsPerFile;
    const file = await this.get('r/' + Math.floor(id / per) + '.json', signal);
    const [title, url, date, column, authors, summary, body, labels] = file[id % per];
    return { id, title, url, date, column, authors, summary, body, labels };
  }

  async columnSet(name, signal = null) {
    const index = this.manifest.columns.indexOf(name);
    if (index < 0) return new Set();
    return new Set(decode(await this.get('c/' + index + '.json', signal)));
  }

  /**
   * Runs a query. Returns a Results object: `count` is exact when `exact`, else an upper bound;
   * `next()` gives the next page of confirmed results. Once `options.signal` is aborted (a newer
   * search has started), neither the search nor its Results fetch another file.
   */
  async search(query, options = {}) {
    const signal = options.signal || null;
    const terms = parseQuery(query);
    if (terms.length === 0) return new Results(this, [], [], true);
    let candidates = null;
    // Lists cut short (the newest 1,000 loaded): they narrow what they cover now, the rest as checking reaches it.
    const narrowing = [];
    for (const term of terms) {
      const lists = await Promise.all(term.keys.map((k) => this.postings(k, false, signal)));
      if (lists.some((l) => l.df === 0)) return new Results(this, terms, [], true);
      const rarest = lists.reduce((a, b) => (b.df < a.df ? b : a));
      const rarestKey = term.keys[lists.indexOf(rarest)];
      const base = rarest.complete ? rarest : await this.postings(rarestKey, true, signal);
      // The score adds up the rarest list's and the complete lists' scores, as it always has.
      const usable = lists.filter((l) => l !== rarest && l.complete);
      const cut = lists.filter((l) => l !== rarest && !l.complete);
      const scores = new Map();
      for (const [id, score] of base.map) {
        let total = rank(score);
        let inAll = true;
        for (const l of usable) {
          const s = l.map.get(id);
          if (s === undefined) { inAll = false; break; }
          total += rank(s);
        }
        if (inAll && cut.some((l) => l.covers(id) && !l.map.has(id))) inAll = false;
        if (inAll) scores.set(id, total);
      }
      narrowing.push(...cut);
      if (candidates === null) candidates = scores;
      else {
        const both = new Map();
        for (const [id, s] of scores) if (candidates.has(id)) both.set(id, candidates.get(id) + s);
        candidates = both;
      }
    }
    let ids = [...candidates.keys()];
    if (options.year) {
      const range = this.manifest.years[options.year] || [1, 0];
      ids = ids.filter((id) => id >= range[0] && id <= range[1]);
    }
    if (options.column) {
      const inColumn = await this.columnSet(options.column, signal);
      ids = ids.filter((id) => inColumn.has(id));
    }
    // Articles are numbered oldest first: the newest first is the highest number first.
    if (options.sort === 'date') ids.sort((a, b) => b - a);
    else ids.sort((a, b) => candidates.get(b) - candidates.get(a) || b - a);
    return new Results(this, terms, ids, terms.every((t) => t.exact), narrowing, signal);
  }
}

/**
 * The candidates of a query, confirmed a page at a time: first against the cut lists (loading
 * their older chunks only when checking reaches older articles), then against the articles' text.
 */
export class Results {
  constructor(index, terms, candidates, exact, narrowing = [], signal = null) {
    this.index = index;
    this.terms = terms;
    this.candidates = candidates;
    this.narrowing = narrowing;
    this.signal = signal;
    this.position = 0;
    this.confirmed = 0;
    this.rejected = 0;
    this.exactByIndex = exact;
    // Set when the last page stopped at CHECK_LIMIT before it was full: next() goes on from there.
    this.paused = false;
  }

  get exact() { return this.exactByIndex || this.position >= this.candidates.length; }

  /**
   * Exact when `exact`; else an estimate: the candidates times the share of those checked so far
   * that held the query (a common phrase of common pairs may be in one candidate in ten).
   */
  get count() {
    if (this.exactByIndex || this.position === 0) return this.candidates.length - this.rejected;
    return Math.max(this.confirmed, Math.round(this.candidates.length * this.confirmed / this.position));
  }

  get done() { return this.position >= this.candidates.length; }

  /** The number of candidates looked at so far, of `candidates.length`. */
  get checked() { return this.position; }

  /**
   * The next `size` results that really contain every term; fewer, with `paused` set, when
   * CHECK_LIMIT candidates' text did not contain them first.
   */
  async next(size = PAGE) {
    const page = [];
    let misses = 0;
    this.paused = false;
    while (page.length < size && this.position < this.candidates.length) {
      if (misses >= CHECK_LIMIT) { this.paused = true; break; }
      const batch = [];
      const wanted = Math.min(size - page.length, CHECK_LIMIT - misses);
      while (batch.length < wanted && this.position < this.candidates.length) {
        const id = this.candidates[this.position];
        const inLists = await this.inLists(id);
        this.position++;
        if (inLists) batch.push(id);
        else this.rejected++;
      }
      const records = await Promise.all(batch.map((id) => this.index.record(id, this.signal)));
      for (const r of records) {
        if (this.exactByIndex || this.matches(r)) {
          page.push(r);
          this.confirmed++;
        } else {
          this.rejected++;
          misses++;
        }
      }
    }
    return page;
  }

  /** Whether article `id` is in every cut list: those that cover it first, then each after loading what it needs. */
  async inLists(id) {
    if (this.narrowing.some((l) => l.covers(id) && !l.map.has(id))) return false;
    for (const l of this.narrowing) {
      await l.cover(id, this.signal);
      if (!l.map.has(id)) return false;
    }
    return true;
  }

  matches(record) {
    const text = searchText(record);
    return this.terms.every((t) => text.search(t.pattern) >= 0);
  }
}

/**
 * The text a query must occur in, the fields SearchDocument.searchText joins, each compacted on
 * its own: a title ending in Chinese and labels starting with a digit do not run together.
 */
function searchText(record) {
  return [record.title, record.labels, record.summary, record.body].map((field) => compact(normalize(field)).text).join('\n');
}

/**
 * Text normalized a character at a time and compacted, with each normalized position's place in
 * the original as [start, end) of the character it came from (a space compacted away belongs to
 * neither side, so a match never takes it in; a quote mark dropped lies inside a match across it).
 */
function normalizeWithMap(text) {
  let folded = '';
  const foldedMap = [];
  let i = 0;
  for (const c of text) {
    const n = fold(c);
    for (let k = 0; k < n.length; k++) foldedMap.push([i, i + c.length]);
    folded += n;
    i += c.length;
  }
  foldedMap.push([i, i]);
  let out = '';
  const map = [];
  let last = 0;
  for (const m of [...folded.matchAll(QUOTES), { index: folded.length, 0: '' }]) {
    out += folded.slice(last, m.index);
    map.push(...foldedMap.slice(last, m.index));
    last = m.index + m[0].length;
  }
  map.push(foldedMap[folded.length]);
  return compact(out, map);
}

/** Where the terms occur in `text`: [start, end) ranges of the original text, in order, overlapping ones merged. */
export function matchRanges(text, terms) {
  const { text: normal, map } = normalizeWithMap(text);
  const found = [];
  for (const term of terms) {
    for (const [start, end] of occurrences(normal, term.pattern)) found.push([map[start][0], map[end - 1][1]]);
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged = [];
  for (const [start, end] of found) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** `text` from `from` to `to` as pieces [text, marked], the ranges marked. */
export function pieces(text, ranges, from = 0, to = text.length) {
  const out = [];
  let at = from;
  for (const [start, end] of ranges) {
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (s >= e) continue;
    if (s > at) out.push([text.slice(at, s), false]);
    out.push([text.slice(s, e), true]);
    at = e;
  }
  if (at < to) out.push([text.slice(at, to), false]);
  return out;
}

/**
 * A short passage of `text` around the first match, as pieces [text, marked] with every term's
 * occurrences in it marked; null when no term occurs.
 */
export function excerpt(text, terms, radius = 40) {
  const ranges = matchRanges(text, terms);
  if (ranges.length === 0) return null;
  const [start, end] = ranges[0];
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  const out = pieces(text, ranges, from, to);
  if (from > 0) out.unshift(['…', false]);
  if (to < text.length) out.push(['…', false]);
  return out;
}

// ---- The search page ----

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderResult(record, terms, strings, link) {
  const item = element('li', 'search-result');
  const heading = element('h2', 'item-title');
  const a = element('a', '');
  a.href = link(record.url);
  appendPieces(a, pieces(record.title, matchRanges(record.title, terms)));
  heading.append(a);
  const meta = element('p', 'item-meta');
  const time = element('time', '', longDate(record.date));
  time.dateTime = record.date;
  meta.append(time);
  if (record.column) meta.append(' ', element('span', 'column', record.column));
  const passage = element('p', 'excerpt');
  const inText = excerpt(record.body, terms) || excerpt(record.summary, terms);
  // Found in the title or the labels alone: the article's opening, then each label that holds the query, named.
  appendPieces(passage, inText || [[record.summary, false]]);
  item.append(heading, meta, passage);
  if (!inText) {
    record.labels.split('\n').forEach((line, i) => {
      const ranges = matchRanges(line, terms);
      if (ranges.length === 0) return;
      const label = element('p', 'excerpt-label');
      // A search.html of an earlier theme has no label strings: the line is shown bare.
      const [before, after = ''] = (strings[LABEL_KINDS[i]] || '%s').split('%s');
      label.append(before);
      appendPieces(label, pieces(line, ranges));
      label.append(after);
      item.append(label);
    });
  }
  return item;
}

/**
 * The string naming each line of a record's labels (SearchDocument.labels): kicker, subtitle,
 * byline, column, tags, photo credits; the kicker and subtitle are shown as they are.
 */
const LABEL_KINDS = [null, null, 'labelAuthor', 'labelColumn', 'labelTag', 'labelCredit'];

/** Text nodes and <mark>s, never markup: the text is the article's, the query the reader's. */
function appendPieces(parent, parts) {
  for (const [text, marked] of parts) parent.append(marked ? element('mark', '', text) : text);
}

function longDate(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  const lang = document.documentElement.lang || 'zh-CN';
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** The query as the status echoes it: its first characters, so that a long one is not read out whole. */
export function shorten(query, length = 30) {
  const chars = [...query];
  return chars.length <= length ? query : chars.slice(0, length).join('') + '…';
}

/** `template` with each %s or %d replaced by the next value, or %2$d by the second (a translation may reorder them). */
export function format(template, ...values) {
  let i = 0;
  return template.replace(/%(?:(\d)\$)?[sd]/g, (_, n) => String(n ? values[n - 1] : values[i++]));
}

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(url + ': ' + response.status);
  return response.json();
}

/** Wires the search page: reads ?q= (and column, year, sort), shows results ten at a time. */
export async function initSearchPage(root) {
  const strings = root.dataset;
  const form = root.querySelector('form');
  const input = form.elements.q;
  const status = root.querySelector('[role=status]');
  const list = root.querySelector('.search-results');
  const more = root.querySelector('.search-more');
  // Shown with "no results": search without the filters, and tips.
  // Absent from a search.html made for an earlier theme, which a site may still override it with.
  const help = root.querySelector('.search-help');
  const everywhere = root.querySelector('.search-everywhere');
  const siteRoot = new URL(root.dataset.root, document.baseURI);
  const link = (path) => new URL(path.replace(/^\//, ''), siteRoot).pathname;
  const index = new SearchIndex(new URL(root.dataset.index, document.baseURI).href, fetchJson);
  let results = null;
  // Raised by every search: a slower earlier search that finishes late then knows to show nothing.
  let generation = 0;
  // Aborted by every search: the one it replaces asks for no more files.
  let loading = null;
  const moreText = more.textContent;
  const stats = { started: 0, firstResults: 0 };
  window.gazetteSearch = stats;

  // The page's own title (搜索 - 站点): a search puts its query before it, so that history and tabs tell searches apart.
  const pageTitle = document.title;
  const params = new URLSearchParams(location.search);
  for (const name of ['q', 'column', 'year', 'sort']) {
    if (params.has(name) && form.elements[name]) form.elements[name].value = params.get(name);
  }

  // The index loads: a query from the URL is being searched already.
  if (input.value.trim()) status.textContent = strings.searching;
  try {
    const manifest = await index.open();
    for (const column of manifest.columns) form.elements.column.append(new Option(column, column));
    for (const year of Object.keys(manifest.years).sort().reverse()) form.elements.year.append(new Option(year, year));
    if (params.has('column')) form.elements.column.value = params.get('column');
    if (params.has('year')) form.elements.year.value = params.get('year');
  } catch (e) {
    status.textContent = strings.failed;
    return;
  }

  async function showMore(focusFirst) {
    const search = generation;
    const current = results;
    more.hidden = true;
    const page = await current.next();
    if (search !== generation) return;
    const first = list.children.length;
    for (const record of page) list.append(renderResult(record, current.terms, strings, link));
    if (!stats.firstResults) stats.firstResults = performance.now() - stats.started;
    const count = current.count;
    // Stopped before the page was full: say how far checking got, and offer to go on.
    const filtered = Boolean(form.elements.column.value || form.elements.year.value);
    if (current.paused) status.textContent = format(strings.paused, current.candidates.length, current.checked, current.confirmed);
    else status.textContent = count === 0 ? format(filtered && strings.noneFiltered ? strings.noneFiltered : strings.none, shorten(input.value.trim()))
      : format(current.exact ? strings.count : strings.about, count);
    // Nothing found: with a column or year chosen, offer to search every article; always, some tips.
    if (help) help.hidden = current.paused || count !== 0;
    if (everywhere) everywhere.parentElement.hidden = !filtered;
    more.textContent = current.paused ? strings.continue : moreText;
    more.hidden = current.done;
    if (focusFirst && list.children[first]) list.children[first].querySelector('a').focus();
    else if (focusFirst && !more.hidden) more.focus();
  }

  /**
   * Searches for what the form holds and puts it in the URL: a new history entry when `submitted`
   * changes the query (Back returns to the previous query), else in place (a filter changed).
   */
  async function run(submitted = false) {
    const search = ++generation;
    if (loading) loading.abort();
    loading = new AbortController();
    results = null;
    const query = input.value.trim();
    const url = new URL(location.href);
    for (const name of ['q', 'column', 'year', 'sort']) {
      const value = form.elements[name].value;
      if (value && !(name === 'sort' && value === 'score')) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    const newQuery = (url.searchParams.get('q') || '') !== (new URL(location.href).searchParams.get('q') || '');
    if (submitted && newQuery) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    document.title = query ? shorten(query) + ' - ' + pageTitle : pageTitle;
    list.replaceChildren();
    more.hidden = true;
    if (help) help.hidden = true;
    if (!query) { status.textContent = ''; return; }
    if (parseQuery(query).length === 0) { status.textContent = strings.empty; return; }
    status.textContent = strings.searching;
    stats.started = performance.now();
    stats.firstResults = 0;
    try {
      const found = await index.search(query, {
        column: form.elements.column.value, year: form.elements.year.value, sort: form.elements.sort.value,
        signal: loading.signal,
      });
      if (search !== generation) return;
      results = found;
      await showMore(false);
    } catch (e) {
      if (search === generation) status.textContent = strings.failed;
    }
  }

  form.addEventListener('submit', (event) => { event.preventDefault(); run(true); });
  // Back and Forward between searches: the URL's query and filters, searched again.
  window.addEventListener('popstate', () => {
    const state = new URLSearchParams(location.search);
    for (const name of ['q', 'column', 'year', 'sort']) form.elements[name].value = state.get(name) || (name === 'sort' ? 'score' : '');
    run();
  });
  for (const name of ['column', 'year', 'sort']) form.elements[name].addEventListener('change', () => run());
  if (everywhere) everywhere.addEventListener('click', () => {
    form.elements.column.value = '';
    form.elements.year.value = '';
    run();
  });
  more.addEventListener('click', () => {
    const search = generation;
    showMore(true).catch(() => { if (search === generation) status.textContent = strings.failed; });
  });
  await run();
}

if (typeof document !== 'undefined') {
  const root = document.getElementById('search-app');
  if (root) initSearchPage(root);
}

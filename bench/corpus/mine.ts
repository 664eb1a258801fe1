/**
 * Mines bench/corpus/items.json from the first-parent history of the corpus repositories (bare git dirs fetched
 * under /work/.mirror). Usage: node --import tsx bench/corpus/mine.ts [repo short names...]
 * Deterministic for the same mirrors: items sorted by repo, date, commit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModule } from 'libpg-query';
import { classOf, exclusionOf } from './classify-file.js';
import type { ColumnEdit, Corpus, CorpusItem, DroppedCandidate, ExcludedFile, TruthFile } from './corpus-item.js';
import { CORPUS_REPOS, mirrorDir } from './corpus-repos.js';
import { readCommitEdits } from './read-column-edits.js';

const HERE = dirname(fileURLToPath(import.meta.url));
/** More in-scope files than this: a broad refactor whose files changed for other reasons too. */
const MAX_TRUTH = 40;

interface RepoConfig {
  readonly name: string;
  readonly dir: string;
}

/** Git's output; a partial mirror (objects missing) still gives what it could read, so the exit code is not fatal. */
function git(repo: string, args: readonly string[]): string {
  const result = spawnSync('git', ['--git-dir', mirrorDir(repo), ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  return result.stdout ?? '';
}

const gitOrEmpty = git;

function configsOf(short: string): RepoConfig[] {
  return readdirSync(join(HERE, 'configs'))
    .filter((file) => file === `${short}.json` || file.startsWith(`${short}--`))
    .map((file) => ({ name: file, dir: (JSON.parse(readFileSync(join(HERE, 'configs', file), 'utf8')) as { migrations: { dir: string } }).migrations.dir }));
}

/** A migration the commit adds: a file directly in the folder, or Prisma's `<folder>/<name>/migration.sql`. */
function migrationConfig(file: string, configs: readonly RepoConfig[]): RepoConfig | undefined {
  return configs.find((config) => {
    if (!file.startsWith(`${config.dir}/`)) return false;
    const rest = file.slice(config.dir.length + 1);
    // Down migrations (Flyway's U<version>__, *.down.sql) undo: their drops are not the change.
    if (/^U\d|(^|[._-])down\.(sql|ts|js)$/i.test(rest.split('/').at(-1) ?? rest)) return false;
    return /^[^/]+\.(sql|ts|js|mjs|cjs)$/.test(rest) && !/^index\.|\.d\.ts$|\.(test|spec)\./.test(rest) ? true : /^[^/]+\/migration\.sql$/.test(rest);
  });
}

interface Commit {
  readonly hash: string;
  readonly parent: string;
  readonly date: string;
  readonly subject: string;
  readonly files: { readonly status: string; readonly path: string; readonly renamedFrom?: string }[];
}

function commitsOf(repo: string): Commit[] {
  const log = git(repo, ['log', '--first-parent', '-m', '-M', '--name-status', '--format=%x00%H%x09%P%x09%cs%x09%s', 'HEAD']);
  const commits: Commit[] = [];
  for (const chunk of log.split('\0').slice(1)) {
    const [header = '', ...lines] = chunk.split('\n');
    const [hash = '', parents = '', date = '', ...subject] = header.split('\t');
    const parent = parents.split(' ')[0] ?? '';
    if (parent === '') continue;
    const files = lines
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const parts = line.split('\t');
        const status = (parts[0] ?? '').charAt(0);
        return { status, path: parts.at(-1) ?? '', ...(status === 'R' && parts[1] !== undefined ? { renamedFrom: parts[1] } : {}) };
      });
    commits.push({ hash, parent, date, subject: subject.join('\t'), files });
  }
  return commits;
}

const camel = (name: string): string => name.replace(/_([a-z0-9])/g, (_, char: string) => char.toUpperCase());
const snake = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

function namesOf(edits: readonly ColumnEdit[]): string[] {
  return [...new Set(edits.flatMap((edit) => [edit.column, camel(edit.column), snake(edit.column)]))].sort();
}

function mentions(text: string, names: readonly string[]): boolean {
  return names.some((name) => new RegExp(`(^|[^A-Za-z0-9_])${name.replace(/[$.]/g, '\\$&')}([^A-Za-z0-9_]|$)`).test(text));
}

function mineRepo(repo: string, short: string, orm: string): { items: CorpusItem[]; dropped: DroppedCandidate[]; commits: Commit[] } {
  const configs = configsOf(short);
  const dirs = configs.map((config) => config.dir);
  const commits = commitsOf(repo);
  const items: CorpusItem[] = [];
  const dropped: DroppedCandidate[] = [];
  for (const commit of commits) {
    const added = commit.files.filter((file) => file.status === 'A' && migrationConfig(file.path, configs) !== undefined);
    if (added.length === 0) continue;
    const edits = readCommitEdits(added.map((file) => ({ file: file.path, text: gitOrEmpty(repo, ['show', `${commit.hash}:${file.path}`]) })));
    if (edits.length === 0) continue;
    const drop = (reason: string): void => void dropped.push({ repo, commit: commit.hash, subject: commit.subject, reason });
    const config = migrationConfig(added[0]!.path, configs)!;
    const inScope: string[] = [];
    const excluded: ExcludedFile[] = [];
    for (const file of commit.files) {
      const reason = exclusionOf(file.path, dirs);
      if (reason === undefined) inScope.push(file.path);
      else excluded.push({ file: file.path, reason });
    }
    if (inScope.length > MAX_TRUTH) {
      drop(`broad change: ${inScope.length} in-scope files (> ${MAX_TRUTH})`);
      continue;
    }
    const names = namesOf(edits);
    const truth: TruthFile[] = inScope.map((file) => {
      const entry = commit.files.find((candidate) => candidate.path === file);
      const status = entry?.status;
      const content = gitOrEmpty(repo, ['show', `${status === 'D' ? commit.parent : commit.hash}:${file}`]);
      const diff = gitOrEmpty(repo, ['diff', '-M', commit.parent, commit.hash, '--', file]);
      const changed = diff.split('\n').filter((line) => /^[+-][^+-]/.test(line)).join('\n');
      return { file, class: classOf(file, content), mentionsColumn: mentions(changed, names), ...(entry?.renamedFrom !== undefined ? { renamedFrom: entry.renamedFrom } : {}) };
    });
    // Consumers changed for the column: a file besides the model whose diff names it. Without one, the commit's
    // other files changed for other reasons (a feature next to a clean-up): not a positive item.
    const consumers = truth.filter((file) => file.class !== 'model' && file.mentionsColumn);
    const base = {
      repo,
      orm,
      commit: commit.hash,
      parent: commit.parent,
      subject: commit.subject,
      date: commit.date,
      config: config.name,
      migrations: added.map((file) => file.path).sort(),
      changes: edits,
      truth: [...truth].sort((a, b) => a.file.localeCompare(b.file)),
      excluded: [...excluded].sort((a, b) => a.file.localeCompare(b.file)),
    };
    const id = `${short}-${commit.hash.slice(0, 10)}`;
    if (consumers.length > 0) {
      items.push({ id, ...base, type: 'positive' });
      continue;
    }
    // A negative: only drops, no consumer changed, and no head file outside the migrations names the column.
    if (!edits.every((edit) => edit.kind === 'drop')) {
      drop(truth.some((file) => file.class !== 'model') ? 'no changed file besides the model names the column, and not only drops' : 'no consumer changed, and not only drops');
      continue;
    }
    const hits = gitOrEmpty(repo, [
      'grep', '-l', '-w', ...names.flatMap((name) => ['-e', name]), commit.hash, '--',
      '*.ts', '*.tsx', '*.js', '*.jsx', '*.mjs', '*.cjs', '*.vue', '*.svelte', '*.sql', '*.prisma',
      ...dirs.map((dir) => `:!${dir}/**`),
    ]).split('\n').filter((line) => line !== '');
    // A common word (`vat`, `markdown`) also names other things: only files that also name the table count.
    const tableNames = namesOf(edits.map((edit) => ({ ...edit, column: edit.table }))).flatMap((name) => [name, name.replace(/s$/, ''), name.charAt(0).toUpperCase() + name.slice(1), name.charAt(0).toUpperCase() + name.slice(1).replace(/s$/, '')]);
    const withTable = hits.filter((file) => mentions(gitOrEmpty(repo, ['show', `${commit.hash}:${file}`]), tableNames));
    if (withTable.length > 0) drop(`no consumer changed, but ${withTable.length} head files name ${names.join('/')} and the table`);
    else items.push({ id, ...base, type: 'negative' });
  }
  return { items, dropped, commits };
}

async function main(): Promise<void> {
  await loadModule();
  const only = process.argv.slice(2);
  const out = join(HERE, 'items.json');
  const previous: Corpus = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Corpus) : { generatedFrom: [], items: [], dropped: [] };
  const mined = CORPUS_REPOS.filter((entry) => only.length === 0 || only.includes(entry.short)).filter((entry) => existsSync(mirrorDir(entry.repo)));
  const minedRepos = new Set(mined.map((entry) => entry.repo));
  const corpus: { generatedFrom: Corpus['generatedFrom'][number][]; items: CorpusItem[]; dropped: DroppedCandidate[] } = {
    generatedFrom: previous.generatedFrom.filter((entry) => !minedRepos.has(entry.repo)),
    items: previous.items.filter((item) => !minedRepos.has(item.repo)),
    dropped: previous.dropped.filter((item) => !minedRepos.has(item.repo)),
  };
  for (const entry of mined) {
    const { items, dropped, commits } = mineRepo(entry.repo, entry.short, entry.orm);
    process.stderr.write(`${entry.short}: ${commits.length} first-parent commits, ${items.filter((item) => item.type === 'positive').length} positive, ${items.filter((item) => item.type === 'negative').length} negative, ${dropped.length} dropped\n`);
    corpus.items.push(...items);
    corpus.dropped.push(...dropped);
    corpus.generatedFrom.push({ repo: entry.repo, head: commits[0]?.hash ?? '', commits: commits.length, from: commits.at(-1)?.date ?? '', to: commits[0]?.date ?? '' });
  }
  corpus.items.sort((a, b) => a.repo.localeCompare(b.repo) || a.date.localeCompare(b.date) || a.commit.localeCompare(b.commit));
  corpus.dropped.sort((a, b) => a.repo.localeCompare(b.repo) || a.commit.localeCompare(b.commit));
  corpus.generatedFrom.sort((a, b) => a.repo.localeCompare(b.repo));
  writeFileSync(out, `${JSON.stringify(corpus, null, 2)}\n`);
}

await main();

// Dockerfiles: the images they build FROM (not their own earlier stages) and the packages
// their RUN steps install with pip, uv, pipx, poetry, conda/mamba, npm/yarn/pnpm and apt/apk,
// in shell form, exec form (`RUN ["pip", "install", "x"]`) and heredocs (`RUN <<EOF`).
// Only the words are read; nothing is run, and `$VARIABLES` are never expanded.
import {
  imageName,
  localInstall,
  logicalLines,
  MAX_DECLARED,
  pep508,
  type Declared,
  type Ecosystem,
  type LocalInstall,
  type Parsed,
} from './read';

/** Options whose next word is their value (a channel, an index, a file, a target), not a package. */
const OPTIONS_WITH_VALUE =
  /^(-c|--channel|-n|--name|-p|--prefix|-r|--requirement|--constraint|-i|--index-url|--extra-index-url|-f|--find-links|-t|--target|-o|--option|--python|--group|--only|--registry|--cache|--mount)$/;

/** Installers by the word that runs them (its last path segment), and the subcommands that install. */
const INSTALLERS: [RegExp, Ecosystem, RegExp][] = [
  [/^pip[\d.]*$/, 'pypi', /^install$/],
  [/^uv$/, 'pypi', /^(pip install|add)$/],
  [/^(pipx|poetry)$/, 'pypi', /^(install|add)$/],
  [/^(conda|mamba|micromamba)$/, 'conda', /^install$/],
  [/^(npm|pnpm|yarn|bun)$/, 'npm', /^(install|i|add)$/],
  [/^(apt-get|apt|apk)$/, 'apt', /^(install|add)$/],
];

export function dockerfile(text: string): Parsed {
  const declared: Declared[] = [];
  const local: LocalInstall[] = [];
  const stages = new Set<string>();
  let heredoc: { end: string; at: number; lines: string[] } | null = null;
  for (const { line, at } of logicalLines(text)) {
    if (declared.length > MAX_DECLARED) break;
    if (heredoc) {
      if (line.trim() === heredoc.end) {
        for (const l of heredoc.lines) installs(l, heredoc.at, declared, local);
        heredoc = null;
      } else heredoc.lines.push(line);
      continue;
    }
    const from = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) {
      const ref = from[1]!;
      // `FROM builder` names an earlier stage, and `FROM $BASE` a value only the build knows.
      if (!ref.startsWith('$') && !stages.has(ref.toLowerCase()))
        declared.push({ ecosystem: 'image', name: imageName(ref), line: at, scope: 'main' });
      if (from[2]) stages.add(from[2].toLowerCase());
      continue;
    }
    const run = /^\s*RUN\s+((?:--\S+\s+)*)(.*)$/i.exec(line);
    if (!run) continue;
    const body = run[2]!;
    const doc = /<<-?\s*["']?([A-Za-z_]\w*)["']?/.exec(body);
    if (doc) heredoc = { end: doc[1]!, at, lines: [body.slice(0, doc.index)] };
    else installs(/^\s*\[/.test(body) ? body.replace(/[[\]",]/g, ' ') : body, at, declared, local);
  }
  return { ok: true, declared, includes: [], local };
}

/** The packages named by the install commands in one shell line. */
function installs(line: string, at: number, out: Declared[], local: LocalInstall[]): void {
  for (const cmd of line.split(/&&|\|\|?|;/)) {
    // More words than could be declared are never read (a hostile line of 60,000 names).
    const words = cmd
      .trim()
      .split(/\s+/, 4 * MAX_DECLARED)
      .filter(Boolean);
    for (let t = 0; t < words.length; t++) {
      const tool = words[t]!.slice(words[t]!.lastIndexOf('/') + 1);
      const installer = INSTALLERS.find(([re]) => re.test(tool));
      if (!installer) continue;
      // The subcommand is the next word that is not an option (`pip --no-cache-dir install`).
      let s = t + 1;
      while (s < words.length && words[s]!.startsWith('-')) s++;
      const two = `${words[s]} ${words[s + 1]}`;
      const sub = installer[2].test(two) ? 2 : installer[2].test(words[s] ?? '') ? 1 : 0;
      if (!sub) continue;
      packages(words.slice(s + sub), installer[1], at, out, local);
      break;
    }
  }
}

function packages(words: string[], ecosystem: Ecosystem, at: number, out: Declared[], local: LocalInstall[]): void {
  for (let k = 0; k < words.length && out.length <= MAX_DECLARED; k++) {
    const w = words[k]!.replace(/^["']|["']$/g, '');
    if (OPTIONS_WITH_VALUE.test(w)) {
      k++;
      continue;
    }
    // The project itself with some of its extras: `pip install -e ".[serve]"`.
    const own = ecosystem === 'pypi' ? localInstall(w, at) : null;
    if (own) {
      if (local.length < 100) local.push(own);
      continue;
    }
    if (!w || w.startsWith('-') || w.startsWith('$') || w.startsWith('.') || /^[<>]|^\d*>/.test(w)) continue;
    const name = packageName(w, ecosystem);
    if (name) out.push({ ecosystem, name: name.name, extras: name.extras, line: at, scope: 'main' });
  }
}

function packageName(word: string, ecosystem: Ecosystem): { name: string; extras: string[] } | null {
  if (ecosystem === 'npm') {
    const m = /^(@[a-z0-9._-]{1,100}\/)?[a-z0-9._-]{1,100}/i.exec(word);
    return m && !/:\/\//.test(word) ? { name: m[0].toLowerCase(), extras: [] } : null;
  }
  // Paths and URLs name no package here (a requirements file is read on its own).
  if (word.includes('/')) return null;
  if (ecosystem === 'apt') {
    const m = /^[a-z0-9][a-z0-9.+-]{0,100}/.exec(word.toLowerCase());
    return m ? { name: m[0], extras: [] } : null;
  }
  // conda's `channel::name=1.0`; pip's `name[extra]==${VERSION}`.
  const channel = word.lastIndexOf('::');
  return pep508(channel < 0 ? word : word.slice(channel + 2));
}

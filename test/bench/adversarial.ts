// Hostile manifests up to 256 KB, generated (never stored): the shapes that froze the old
// scan, plus deep and aliased YAML, huge arrays and binary data. Used by the unit suite (which
// checks each is read or refused) and by bench:evidence (which times them against 100 ms).
import type { ManifestKind } from '../../src/core/evidence/select';

const enc = (s: string) => new TextEncoder().encode(s);
const FILE_NAMES: Partial<Record<ManifestKind, string>> = {
  pyproject: 'pyproject.toml',
  pipfile: 'Pipfile',
  compose: 'docker-compose.yml',
  conda: 'environment.yml',
  requirements: 'requirements.txt',
  dockerfile: 'Dockerfile',
  terraform: 'main.tf',
  'setup-py': 'setup.py',
  'helm-values': 'values.yaml',
};

export function hostileManifests(): { name: string; path: string; bytes: Uint8Array }[] {
  const K = 255 * 1024;
  const cases: [string, ManifestKind, string | Uint8Array][] = [
    ['Pipfile of "a and newlines', 'pipfile', '"a\n'.repeat(K / 3)],
    ['pyproject of "a and spaces', 'pyproject', '"a '.repeat(K / 3)],
    ['pyproject of "a[', 'pyproject', '"a['.repeat(K / 3)],
    ['pyproject with a huge array', 'pyproject', `[project]\ndependencies = [${'"x",'.repeat(K / 5)}]`],
    ['binary data named .toml', 'pyproject', Uint8Array.from({ length: K }, (_, i) => (i * 7919 + 13) % 256)],
    [
      'deep YAML (block)',
      'compose',
      `a:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')}`,
    ],
    ['deep YAML (flow)', 'compose', `${'['.repeat(K / 2)}${']'.repeat(K / 2)}`],
    ['deep environment.yml (compact sequences)', 'conda', `dependencies:\n  - ${'- '.repeat(K / 2 - 20)}x\n`],
    ['deep environment.yml (explicit keys)', 'conda', `dependencies:\n${'? '.repeat(K / 2 - 20)}x\n`],
    ['Dockerfile heredoc never closed', 'dockerfile', `RUN <<EOF\n${'pip install x\n'.repeat(K / 14)}`],
    ['Helm values of one huge flow sequence', 'helm-values', `images: [${'{image: a},'.repeat(K / 11)}]\n`],
    [
      'billion laughs',
      'conda',
      `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n${Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(',')}]`,
      ).join('\n')}\ndependencies: *j\n`,
    ],
    ['huge YAML sequence', 'compose', `services:\n${'  - x\n'.repeat(K / 6)}`],
    ['requirements of one long line', 'requirements', 'a'.repeat(K)],
    ['Dockerfile of continuations', 'dockerfile', `RUN pip install ${'x \\\n'.repeat(K / 4)}`],
    ['Terraform of quotes', 'terraform', 'resource "'.repeat(K / 10)],
    ['setup.py without a closing bracket', 'setup-py', `install_requires=[${'"a",'.repeat(K / 4)}`],
  ];
  return cases.map(([name, kind, content]) => ({
    name,
    path: `x/${FILE_NAMES[kind]}`,
    bytes: typeof content === 'string' ? enc(content) : content,
  }));
}

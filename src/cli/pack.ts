// `npm run pack -- check FILE [--signature FILE.minisig] [--key KEY]`: checks a data pack the
// way the extension does, without VS Code: the same size, JSON, schema and reference checks
// against the built-in data, and the same minisign verification (src/core/packTrust.ts).
// KEY is the publisher's public key (the base64 line, or a minisign.pub file). Without
// --signature, FILE.minisig is used when it exists. Exit 0: the pack would apply; 1: it would
// be refused (the reason is printed); 2: usage.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkPack } from './packCheck';

const USAGE =
  'usage: npm run pack -- check FILE [--signature FILE.minisig] [--key KEY]\n' +
  "  KEY: the publisher's minisign public key (its base64 line, or the path of a minisign.pub file)\n";

function usage(problem?: string): never {
  if (problem) process.stderr.write(`${problem}\n`);
  process.stderr.write(USAGE);
  process.exit(2);
}

let parsed: ReturnType<
  typeof parseArgs<{
    options: { signature: { type: 'string' }; key: { type: 'string' }; help: { type: 'boolean'; short: 'h' } };
    allowPositionals: true;
    strict: true;
  }>
>;
try {
  parsed = parseArgs({
    options: { signature: { type: 'string' }, key: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
} catch (err) {
  usage(err instanceof Error ? err.message : String(err));
}
const { values, positionals } = parsed;
if (values.help) usage();
const [command, file, ...rest] = positionals;
if (command !== 'check' || !file || rest.length)
  usage(command && command !== 'check' ? `unknown command '${command}'` : undefined);

const read = (path: string, what: string): Uint8Array => {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (err) {
    process.stderr.write(`cannot read the ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
    process.exit(1);
  }
};

const sigPath = values.signature ?? (existsSync(`${file}.minisig`) ? `${file}.minisig` : undefined);
const key =
  values.key === undefined
    ? undefined
    : existsSync(values.key)
      ? new TextDecoder().decode(read(values.key, 'key file'))
      : values.key;
const result = checkPack({
  name: file,
  bytes: read(file, 'pack'),
  signature: sigPath === undefined ? undefined : new TextDecoder().decode(read(sigPath, 'signature')),
  key,
});
for (const line of result.lines) process.stdout.write(`${line}\n`);
process.exit(result.ok ? 0 : 1);

// `npm run evidence -- DIR [--json] [--listing FILE]`: the workspace scan without VS Code.
// Prints the suggestions with their evidence and strength; with --json, only one object:
// { skills: [{ id, strength, evidence: [{ file, line, match }] }], skipped: [{ file, reason }] },
// where skills is exactly what the extension's pick list would show.
import { existsSync } from 'node:fs';
import { asJson, asText, evidenceForDirectory } from './directory';

const args = process.argv.slice(2);
const json = args.includes('--json');
const listingAt = args.indexOf('--listing');
const listing = listingAt >= 0 ? args[listingAt + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith('--') && (listingAt < 0 || i !== listingAt + 1));
if (!dir || !existsSync(dir)) {
  process.stderr.write('usage: npm run evidence -- DIR [--json] [--listing FILE]\n');
  process.exit(2);
}
void evidenceForDirectory(dir, { listing }).then((report) => {
  process.stdout.write(`${json ? asJson(report) : asText(report)}\n`);
});

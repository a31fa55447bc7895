// The sink × vector matrix in the real extension host: a data pack whose every text field is a
// hostile vector, read back from the places the extension writes it (tree labels, descriptions
// and tooltips, the Markdown export). Notifications are covered in the UI suite, where a real
// click can be made; the neutralisers themselves are covered per vector in the unit suite.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RoleNode } from '../../src/host/rolesTree';
import { BIDI, HOSTILE_VECTORS, LIVE_CODICON } from '../unit/hostileVectors';
import { activateExtension, readText, startsFresh, testHooks, workspaceUri, writeWorkspaceFile } from './helpers';

const vectors = Object.entries(HOSTILE_VECTORS).map(([name, text], i) => ({ name, i, text }));
const label = (s: string) => s.slice(0, 200);
const text = (s: string) => s.slice(0, 2000);

/** Whatever Markdown would still interpret once backslash escapes are taken out. */
function unescaped(markdown: string): string {
  return markdown.replace(/\\[\s\S]/g, '_');
}

function hostilePack(): object {
  return {
    sources: vectors.map((v) => ({
      id: `hv-src-${v.i}`,
      publisher: label(v.text),
      title: label(v.text),
      asOf: null,
      basis: text(v.text),
    })),
    roles: vectors.map((v) => ({
      id: `hv-role-${v.i}`,
      name: label(v.text),
      kind: 'hybrid',
      aliases: [label(v.text)],
      summary: text(v.text),
      coreFocus: text(v.text),
      sources: [`hv-src-${v.i}`],
    })),
    skills: vectors.map((v) => ({
      id: `hv-skill-${v.i}`,
      name: label(v.text),
      category: 'practice',
      description: text(v.text),
      keywords: [],
      editorial: label(v.text),
    })),
  };
}

describe('untrusted text in host sinks (sink × vector matrix, real extension host)', function () {
  startsFresh();
  this.timeout(120_000);

  before(async () => {
    const hooks = await testHooks();
    await hooks.reset();
    await writeWorkspaceFile('packs/hostile-vectors.json', JSON.stringify(hostilePack()));
    await vscode.workspace
      .getConfiguration('careerLens')
      .update('dataPacks', ['packs/hostile-vectors.json'], vscode.ConfigurationTarget.Workspace);
    const api = await activateExtension();
    const status = await vscode.commands.executeCommand<{ applied: unknown[]; packErrors: unknown[] }>(
      'careerLens.refresh',
    );
    assert.deepEqual(status.packErrors, [], 'the hostile pack is valid data and applies');
    assert.ok((await api.getDataset()).roles.some((r) => r.id === 'hv-role-0'));
  });

  after(() =>
    vscode.workspace
      .getConfiguration('careerLens')
      .update('dataPacks', undefined, vscode.ConfigurationTarget.Workspace),
  );

  for (const v of vectors) {
    it(`Roles view: ${v.name}`, async () => {
      const { trees } = await testHooks();
      const role: RoleNode = { kind: 'role', roleId: `hv-role-${v.i}` };
      const nodes: RoleNode[] = [role];
      for (const section of await trees.roles.getChildren(role))
        nodes.push(section, ...(await trees.roles.getChildren(section)));
      for (const node of nodes) {
        const item = trees.roles.getTreeItem(node);
        const shown = `${typeof item.label === 'string' ? item.label : (item.label?.label ?? '')} ${item.description ?? ''}`;
        assert.doesNotMatch(shown, LIVE_CODICON, `live codicon in a tree label: ${shown.slice(0, 80)}`);
        assert.doesNotMatch(shown, BIDI);
        if (item.tooltip instanceof vscode.MarkdownString) {
          assert.equal(item.tooltip.isTrusted, false);
          assert.equal(item.tooltip.supportHtml, false);
          const live = unescaped(item.tooltip.value);
          assert.doesNotMatch(
            live,
            /\[[^\]]*\]\(|<[a-z!/]|&[a-z#]|[a-z]:\/\/|www\./i,
            `live Markdown in a tooltip: ${item.tooltip.value.slice(0, 120)}`,
          );
        }
      }
    });

    it(`Skills view: ${v.name}`, async () => {
      const { trees } = await testHooks();
      const node = await trees.skills.nodeFor(`hv-skill-${v.i}`);
      assert.ok(node);
      const item = trees.skills.getTreeItem(node);
      assert.doesNotMatch(String(item.label), LIVE_CODICON);
      assert.doesNotMatch(String(item.label), BIDI);
      const spoken = item.accessibilityInformation?.label ?? '';
      assert.ok(spoken.length > 0, 'the row has a spoken label');
      assert.doesNotMatch(spoken, LIVE_CODICON);
      assert.doesNotMatch(spoken, BIDI);
      const tooltip = item.tooltip as vscode.MarkdownString;
      assert.equal(tooltip.isTrusted, false);
      assert.doesNotMatch(unescaped(tooltip.value), /\[[^\]]*\]\(|<[a-z!/]|&[a-z#]|[a-z]:\/\//i);
    });
  }

  it('Markdown export: no vector forms a link, HTML, an entity or a table cell', async () => {
    const target = workspaceUri('exports', 'report.md');
    for (const v of vectors) {
      await vscode.commands.executeCommand('careerLens.exportMarkdown', {
        target,
        roles: [`hv-role-${v.i}`, 'data-engineer'],
      });
      const report = await readText(target);
      const live = unescaped(report);
      assert.doesNotMatch(live, /\]\((?:command|javascript|file|https?):/i, v.name);
      assert.doesNotMatch(live, /<(?:img|script|iframe|svg|b)\b/i, v.name);
      assert.doesNotMatch(live, /&(?:amp|lt|gt);/, v.name);
      assert.doesNotMatch(report, BIDI, v.name);
    }
  });

  it('CSV export: no cell starts a formula', async () => {
    const target = workspaceUri('exports', 'pay.csv');
    await vscode.commands.executeCommand('careerLens.exportMarkdown', {
      target,
      format: 'csv',
      roles: ['hv-role-0', 'ml-engineer'],
    });
    for (const cell of (await readText(target)).split(/[,\n]/)) assert.doesNotMatch(cell.replace(/^"/, ''), /^[=+\-@]/);
  });
});

// A trusted publisher's name comes from a setting and is shown beside every figure of the
// packs it signed: the same matrix, with the name as the hostile text. The pack is signed by
// the real minisign before the run (test/harness/signedPacks.mjs).
describe('untrusted text in host sinks: trusted publisher names (real extension host)', function () {
  startsFresh();
  this.timeout(120_000);
  const signed = (name: string) =>
    vscode.Uri.joinPath(
      vscode.extensions.getExtension('career-lens.career-lens')!.extensionUri,
      'out',
      'test',
      'signed',
      name,
    );
  const config = () => vscode.workspace.getConfiguration('careerLens');

  before(async () => {
    await activateExtension();
    for (const f of ['acme-v2.careerlens.json', 'acme-v2.careerlens.json.minisig'])
      await vscode.workspace.fs.copy(signed(f), workspaceUri('packs', f), { overwrite: true });
    await config().update('dataPacks', ['packs/acme-v2.careerlens.json'], vscode.ConfigurationTarget.Workspace);
  });
  after(() => config().update('trustedPublishers', undefined, vscode.ConfigurationTarget.Global));

  it('no vector in a publisher name forms a codicon, a link or markup in the Roles view or the export', async () => {
    const publicKey = (JSON.parse(await readText(signed('keys.json'))) as { publisher: string }).publisher;
    const target = workspaceUri('exports', 'signed.md');
    for (const v of vectors) {
      await config().update('trustedPublishers', [{ name: v.text, publicKey }], vscode.ConfigurationTarget.Global);
      const status = await vscode.commands.executeCommand<{ applied: { trust?: { kind: string } }[] }>(
        'careerLens.refresh',
      );
      assert.equal(status.applied[0]?.trust?.kind, 'signed', v.name);
      const { trees } = await testHooks();
      await trees.roles.getChildren();
      const role: RoleNode = { kind: 'role', roleId: 'data-engineer' };
      let seen = false;
      const nodes: RoleNode[] = [];
      for (const section of await trees.roles.getChildren(role)) {
        for (const child of await trees.roles.getChildren(section))
          nodes.push(child, ...(await trees.roles.getChildren(child)));
      }
      for (const node of nodes) {
        const item = trees.roles.getTreeItem(node);
        const shown = `${typeof item.label === 'string' ? item.label : (item.label?.label ?? '')} ${item.description ?? ''}`;
        seen ||= shown.includes('signed by');
        assert.doesNotMatch(shown, LIVE_CODICON, `${v.name}: ${shown.slice(0, 80)}`);
        assert.doesNotMatch(shown, BIDI, v.name);
        if (item.tooltip instanceof vscode.MarkdownString) {
          assert.equal(item.tooltip.isTrusted, false);
          assert.doesNotMatch(
            unescaped(item.tooltip.value),
            /\[[^\]]*\]\(|<[a-z!/]|&[a-z#]|[a-z]:\/\/|www\./i,
            `${v.name}: ${item.tooltip.value.slice(0, 120)}`,
          );
        }
      }
      assert.ok(seen, `${v.name}: the signed figure is labelled in the Roles view`);
      await vscode.commands.executeCommand('careerLens.exportMarkdown', {
        target,
        roles: ['data-engineer', 'ml-engineer'],
      });
      const report = await readText(target);
      assert.ok(report.includes('signed by'), v.name);
      assert.doesNotMatch(
        unescaped(report),
        /\]\((?:command|javascript|file|https?):|<(?:img|script)\b|&(?:amp|lt|gt);/i,
        v.name,
      );
      assert.doesNotMatch(report, BIDI, v.name);
    }
  });
});

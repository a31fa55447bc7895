import * as assert from 'node:assert/strict';
import { forLabel, forLog, forMarkdown, forNotification, plainLine, quoteKey } from '../../src/core/inert';
import { labelOfSource } from '../../src/core/format';
import { md } from '../../src/core/markdown';
import { parseTrustedPublishers } from '../../src/core/packTrust';
import { BIDI, HOSTILE_VECTORS, LIVE_CODICON, LIVE_LINK } from './hostileVectors';

/**
 * A tiny model of how VS Code reads each surface, strict enough that a missing escape fails:
 * notification links, codicons, Markdown links/autolinks/HTML/entities (unescaped only).
 */
function unescapedMarkdown(text: string): string {
  // Drop every backslash-escaped character: what is left is what Markdown would interpret.
  return text.replace(/\\[\s\S]/g, '_');
}

const SINKS: Record<
  string,
  { render: (s: string) => string; max: number; checks: ((out: string) => string | null)[] }
> = {
  notification: {
    render: forNotification,
    max: 400,
    checks: [
      (o) => (LIVE_LINK.test(o) ? 'live link' : null),
      (o) => (LIVE_CODICON.test(o) ? 'live codicon' : null),
      (o) => (/[a-z]:\/\//i.test(o) ? 'autolinkable URL' : null),
    ],
  },
  'quick pick / tree / status bar': {
    render: (s) => forLabel(s),
    max: 200,
    checks: [(o) => (LIVE_CODICON.test(o) ? 'live codicon' : null)],
  },
  'output log': {
    render: (s) => forLog(s),
    max: 2000,
    checks: [(o) => (/[\r\n\u2028\u2029]/.test(o) ? 'a second log line' : null)],
  },
  'markdown (export, tooltips)': {
    render: (s) => forMarkdown(s),
    max: 20_000,
    checks: [
      (o) => (/[[\]<>&]/.test(unescapedMarkdown(o)) ? 'unescaped link, HTML or entity syntax' : null),
      (o) => (/[a-z]:\/\/|www\.|@/i.test(unescapedMarkdown(o)) ? 'autolinkable text' : null),
      (o) => (/\n/.test(o) ? 'breaks the line structure' : null),
    ],
  },
};

describe('untrusted text is inert in every sink (sink × vector matrix)', () => {
  for (const [sinkName, sink] of Object.entries(SINKS)) {
    for (const [vectorName, vector] of Object.entries(HOSTILE_VECTORS)) {
      it(`${sinkName}: ${vectorName}`, () => {
        const out = sink.render(vector);
        for (const check of sink.checks)
          assert.equal(check(out), null, `${sinkName} rendered ${vectorName} live: ${out.slice(0, 120)}`);
        assert.doesNotMatch(out, BIDI, 'bidi controls must be removed');
        assert.ok(out.length <= sink.max * 2 + 10, `${sinkName} must cap length (got ${out.length})`);
      });
    }
  }

  it('keeps ordinary text readable', () => {
    assert.equal(forNotification('Career Lens ignored 2 data packs.'), 'Career Lens ignored 2 data packs.');
    assert.equal(forLabel('Data Engineer (DE)'), 'Data Engineer (DE)');
    assert.equal(md('Spark & Kafka'), 'Spark \\& Kafka');
    assert.equal(plainLine('a\nb'), 'a b');
  });

  it('the export escaper is the same one (a 100 KB string is capped and inert)', () => {
    const out = md(HOSTILE_VECTORS['100 KB string']!);
    assert.ok(out.length < 45_000);
    assert.doesNotMatch(unescapedMarkdown(out), /[[\]]/);
  });

  it('quotes a hostile key short, on one line', () => {
    const q = quoteKey(`[Fix](command:x)\n${'k'.repeat(500)}`);
    assert.ok(q.length <= 70, q);
    assert.doesNotMatch(q, /\n/);
    assert.ok(q.startsWith('"[Fix](command:x) k'));
  });
});

// Two new kinds of untrusted text reach these sinks with signed packs: the publisher's name
// (from the user's settings) inside every source label, and the trusted comment (from the
// signature file). The name goes through the same sinks; the comment never reaches one.
describe("a trusted publisher's name is untrusted text in every sink", () => {
  const publicKey = Buffer.concat([Buffer.from('Ed'), Buffer.alloc(40, 7)]).toString('base64');
  for (const [vectorName, vector] of Object.entries(HOSTILE_VECTORS)) {
    it(`source label signed by: ${vectorName}`, () => {
      const { publishers } = parseTrustedPublishers([{ name: vector, publicKey }]);
      assert.equal(publishers.length, 1);
      const label = labelOfSource(
        {
          publisher: 'Acme',
          asOf: '2026',
          trust: {
            kind: 'signed',
            publisher: publishers[0]!.name,
            fingerprint: '0707070707070707',
            packId: 'acme',
            version: '1',
          },
        },
        'acme',
      );
      assert.ok(label.startsWith('Acme (2026) · signed by '));
      assert.doesNotMatch(label, BIDI, 'bidi controls are gone from the name itself');
      for (const [sinkName, sink] of Object.entries(SINKS)) {
        const out = sink.render(label);
        for (const check of sink.checks)
          assert.equal(check(out), null, `${sinkName} rendered ${vectorName} live: ${out.slice(0, 120)}`);
      }
    });
  }
});

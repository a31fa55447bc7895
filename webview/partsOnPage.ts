// The parts of a comparison this page has, for the pair and data its state names, and what it
// asks the host for next (see src/shared/comparisonParts.ts).
import type { Comparison, SourceInfo } from '../src/core/results';
import { COMPARISON_PARTS, keepDataParts, missingParts, TAB_PARTS, type ComparisonPart } from '../src/shared/comparisonParts';
import type { ComparisonParts, Tab } from '../src/shared/protocol';
import { Sources } from './dom';

/** The pair and data a request was made for. */
export interface PartsOf { pair: [string, string]; dataVersion: number }

export class PartsOnPage {
  have: Partial<Comparison> = {};
  /** The ask awaiting its answer: the same ask is not sent twice. */
  private asking: string | undefined;
  private sourcesOf: { list: SourceInfo[]; sources: Sources } | undefined;

  constructor(private readonly ask: (of: PartsOf, parts: ComparisonPart[]) => Promise<ComparisonParts>) {}

  /** A new pair keeps the parts that depend on the data alone; new data keeps nothing. */
  forget(dataChanged: boolean): void {
    this.have = dataChanged ? {} : keepDataParts(this.have);
  }

  /**
   * Asks for the parts `tab` lacks, or once it has them, for the rest. `stillShown` says whether
   * the page still shows the pair and data asked for: a reply for others is dropped. `arrived`
   * is told whether the reply brought the first parts (the roles) of this pair.
   */
  fetch(of: PartsOf, tab: Tab, stillShown: (of: PartsOf) => boolean, arrived: (first: boolean) => void): void {
    const forTab = missingParts(this.have, TAB_PARTS[tab]);
    // Every reply carries the roles; a page without them asks for its tab's parts even if kept.
    const parts = forTab.length ? forTab : this.have.roles ? missingParts(this.have, COMPARISON_PARTS) : [...TAB_PARTS[tab]];
    if (!parts.length) return;
    const key = JSON.stringify([of.pair, of.dataVersion, parts]);
    if (key === this.asking) return;
    this.asking = key;
    this.ask(of, parts).then((reply) => {
      if (this.asking === key) this.asking = undefined;
      if (!stillShown(of)) return;
      const first = !this.have.roles;
      this.have = { ...this.have, ...reply };
      arrived(first);
    }, () => undefined); // a failed request has already been shown by the 'error' message
  }

  /** The citations' sources, rebuilt only when the parts bring new ones. */
  sources(): Sources {
    const list = this.have.sources ?? [];
    if (this.sourcesOf?.list !== list) this.sourcesOf = { list, sources: new Sources(list) };
    return this.sourcesOf.sources;
  }
}

// The parts of a comparison this page has, for the pair and data its state names, and what it
// asks the host for next (see src/shared/comparisonParts.ts). Its asks are its own requests,
// never superseded by another (requests.ts); each settles, and a repeated ask waits only for
// the one already on its way.
import type { Comparison, SourceInfo } from '../src/core/results';
import {
  COMPARISON_PARTS,
  keepDataParts,
  missingParts,
  TAB_PARTS,
  type ComparisonPart,
} from '../src/shared/comparisonParts';
import type { ComparisonParts, Tab } from '../src/shared/protocol';
import { Sources } from './dom';

/** The pair and data a request was made for. */
export interface PartsOf {
  pair: [string, string];
  dataVersion: number;
}

export class PartsOnPage {
  have: Partial<Comparison> = {};
  /** Asks on their way, by pair, data and parts: the same ask is not sent twice at once. */
  private readonly asking = new Set<string>();
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
    const parts = forTab.length
      ? forTab
      : this.have.roles
        ? missingParts(this.have, COMPARISON_PARTS)
        : [...TAB_PARTS[tab]];
    if (!parts.length) return;
    const key = JSON.stringify([of.pair, of.dataVersion, parts]);
    if (this.asking.has(key)) return;
    this.asking.add(key);
    this.ask(of, parts).then(
      (reply) => {
        this.asking.delete(key);
        if (!stillShown(of)) return;
        const first = !this.have.roles;
        this.have = { ...this.have, ...reply };
        arrived(first);
      },
      () => {
        // Failed (and shown by the 'error' message) or given up: the next render may ask again.
        this.asking.delete(key);
      },
    );
  }

  /** The citations' sources, rebuilt only when the parts bring new ones. */
  sources(): Sources {
    const list = this.have.sources ?? [];
    if (this.sourcesOf?.list !== list) this.sourcesOf = { list, sources: new Sources(list) };
    return this.sourcesOf.sources;
  }
}

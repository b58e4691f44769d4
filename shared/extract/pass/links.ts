import { createId, type Case, type Evidence, type Relation } from '../../model';
import { rejectionKey } from '../rejection';

type Pending = { a: string; b: string; labels: Map<string, { n: number; directed: boolean; forward: number }>; evidence: Evidence[] };

/** Collects pair hits across sentences and sources, then makes one ranked suggestion per entity pair. */
export class LinkCollector {
  private readonly pending = new Map<string, Pending>();

  add(a: string, b: string, type: string, directed: boolean, ev: Evidence) {
    if (a === b) return;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    const p: Pending = this.pending.get(key) ?? { a, b, labels: new Map(), evidence: [] };
    this.pending.set(key, p);
    const l = p.labels.get(type) ?? { n: 0, directed, forward: 0 };
    l.n++;
    if (a === p.a) l.forward++;
    p.labels.set(type, l);
    if (!p.evidence.some((e) => e.sourceId === ev.sourceId && e.start === ev.start)) p.evidence.push(ev);
  }

  /*
   * Pairs the case already links (either way, any label) are left alone, as are rejected pairs. The most
   * frequent specific label wins over "associated with"; more supporting sentences rank first.
   */
  relations(c: Case, nameOf: (id: string) => string, rejected: Set<string>): { relations: Relation[]; rejectedSkipped: number } {
    const linked = new Set(c.relations.map((r) => (r.source < r.target ? `${r.source}|${r.target}` : `${r.target}|${r.source}`)));
    const out: Relation[] = [];
    let rejectedSkipped = 0;
    for (const [key, p] of this.pending) {
      if (linked.has(key)) continue;
      if (rejected.has(rejectionKey({ kind: 'relation', source: nameOf(p.a), target: nameOf(p.b) }))) {
        rejectedSkipped++;
        continue;
      }
      const labels = [...p.labels].sort((x, y) => Number(x[0] === 'associated with') - Number(y[0] === 'associated with') || y[1].n - x[1].n);
      const [type, l] = labels[0]!;
      const forward = !l.directed || l.forward * 2 >= l.n;
      out.push({ id: createId('rel'), source: forward ? p.a : p.b, target: forward ? p.b : p.a, type, directed: l.directed, evidence: p.evidence, status: 'suggested' });
    }
    out.sort((x, y) => y.evidence.length - x.evidence.length);
    return { relations: out, rejectedSkipped };
  }
}

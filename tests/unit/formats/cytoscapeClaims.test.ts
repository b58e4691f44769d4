import { describe, expect, it } from 'vitest';
import { exportCytoscape } from '../../../shared/formats/cytoscape';
import { formatsCase as sampleCase } from './fixture';

type Data = Record<string, unknown>;

describe('Cytoscape JSON: claims in the data of what they involve', () => {
  const doc = JSON.parse(exportCytoscape(sampleCase())) as { elements: { nodes: { data: Data }[]; edges: { data: Data }[] } };
  const node = (id: string) => doc.elements.nodes.find((n) => n.data.id === id)!.data;
  const edge = (id: string) => doc.elements.edges.find((e) => e.data.id === id)!.data;

  it('gives the supported link its claims, as primitive lists with grades', () => {
    const d = edge('rel_acc');
    expect(d.claimIds).toEqual(['clm_asif']);
    expect(d.claimGrades).toEqual(['B3']);
    expect((d.claims as string[])[0]).toMatch(/^Khawaja Asif said: “the Tehreek-e-Taliban Pakistan \(TTP\) operates from Afghan soil” \[B3\]$/);
    expect(d.claimDates).toEqual(['2025-10-30']);
  });

  it('gives speakers and about-entities their claims; an unnamed speaker is kept as written', () => {
    expect(node('ent_ka').claimIds).toEqual(['clm_asif']);
    expect(node('ent_af').claimIds).toEqual(['clm_asif', 'clm_anon']);
    expect((node('ent_af').claims as string[])[1]).toMatch(/^a senior official warned: /);
  });

  it('adds no claim keys where there are no claims, and every value stays primitive', () => {
    const without = doc.elements.nodes.find((n) => !n.data.claimIds);
    expect(without).toBeDefined();
    for (const n of [...doc.elements.nodes, ...doc.elements.edges])
      for (const v of Object.values(n.data)) if (Array.isArray(v)) for (const x of v) expect(['string', 'number', 'boolean']).toContain(typeof x);
  });
});

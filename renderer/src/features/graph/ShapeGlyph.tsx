const POINTS: Record<string, string> = {
  hexagon: '3,7 5,2.5 11,2.5 13,7 11,11.5 5,11.5',
  diamond: '8,1 14,7 8,13 2,7',
  star: '8,1 9.8,5.3 14.5,5.6 10.9,8.6 12,13.2 8,10.7 4,13.2 5.1,8.6 1.5,5.6 6.2,5.3',
  tag: '2,3 10.5,3 14,7 10.5,11 2,11',
  'round-triangle': '8,2 14,12 2,12',
  triangle: '8,2 14,12 2,12',
};

/** The node's cytoscape shape, small, for the legend and the type pickers. */
export function ShapeGlyph({ shape, color }: { shape: string; color: string }) {
  const points = POINTS[shape];
  return (
    <svg className="shape-glyph" viewBox="0 0 16 14" width="14" height="12" aria-hidden="true">
      {points ? (
        <polygon points={points} fill={color} />
      ) : shape.includes('rectangle') ? (
        <rect x="2" y="2.5" width="12" height="9" rx={shape.startsWith('round') ? 2.5 : 0} fill={color} />
      ) : (
        <circle cx="8" cy="7" r="5.5" fill={color} />
      )}
    </svg>
  );
}

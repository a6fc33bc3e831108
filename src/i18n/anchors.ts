/**
 * Fragment ids shared by pages and the links into them, spelled in one place:
 * `#a-{annotation}` on readers, `#i-{indicator}` on codebook and theme pages,
 * `#c-{indicator}--{jurisdiction}` for one coded cell, `#j-{jurisdiction}` for a theme
 * page's section on one jurisdiction.
 */
export const anchors = {
  annotation: (id: string) => `a-${id}`,
  indicator: (id: string) => `i-${id}`,
  cell: (indicator: string, jurisdiction: string) => `c-${indicator}--${jurisdiction}`,
  jurisdiction: (id: string) => `j-${id}`,
} as const;

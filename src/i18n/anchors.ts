/**
 * Fragment ids shared by pages and the links into them, spelled in one place:
 * `#a-{annotation}` on readers, `#i-{indicator}` on codebook and theme pages,
 * `#c-{indicator}--{jurisdiction}` for one coded cell, `#j-{jurisdiction}` for a theme
 * page's section on one jurisdiction, `#theme-{theme}` for a theme's part of a list.
 */
export const anchors = {
  annotation: (id: string) => `a-${id}`,
  indicator: (id: string) => `i-${id}`,
  cell: (indicator: string, jurisdiction: string) => `c-${indicator}--${jurisdiction}`,
  jurisdiction: (id: string) => `j-${id}`,
  /** A theme's section on the codebook page (`t-` is the glossary's term prefix). */
  theme: (id: string) => `theme-${id}`,
} as const;

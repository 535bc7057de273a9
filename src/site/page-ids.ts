/**
 * Ids the site's own markup uses on a system page: the layout's landmarks and the page's sections.
 * A body heading never takes one of these (its slug gets a suffix instead), so every anchor is unique.
 */
export const PAGE_IDS = [
  'main', 'site-search', 'search-title', 'search-input', 'search-results', 'search-filters',
  'at-a-glance', 'contents', 'documentation', 'contacts', 'relationships', 'depends-on', 'depended-on-by', 'impact',
  'where-it-runs', 'interfaces', 'getting-access', 'health', 'capacity', 'scorecard', 'known-failure-modes',
  'readiness', 'links', 'diagram-source', 'terms-used',
] as const;

// The content layer reads the catalog through the same core loader as `fieldguide check` (see src/site/catalog-loaders.ts).
import { defineCollection } from 'astro:content';
import { catalogLoader, systemsLoader, teamsLoader } from './site/catalog-loaders.ts';

export const collections = {
  systems: defineCollection({ loader: systemsLoader() }),
  teams: defineCollection({ loader: teamsLoader() }),
  catalog: defineCollection({ loader: catalogLoader() }),
};

import { stringify } from 'yaml';
import type { Catalog } from '../analyze-catalog.ts';
import { repoPath } from '../display-path.ts';
import type { ExportNote, ExportedEntity } from './export-entity.ts';
import { exportEntityKind } from './export-entity-kind.ts';
import { exportSystemEntity } from './export-system-entity.ts';
import { exportTeamEntities } from './export-team-entities.ts';

/** The file Backstage is pointed at: a Location whose targets are every other file written. */
export const LOCATION_FILE = 'catalog-info.yaml';

/** One descriptor file: its name in the output folder, its entity and its text. */
export interface ExportedFile {
  file: string;
  entity: ExportedEntity;
  text: string;
}

/** The Backstage descriptors of a catalog, the Location first, and what had to change to fit Backstage's rules. */
export interface BackstageExport {
  files: ExportedFile[];
  notes: ExportNote[];
}

/**
 * Builds Backstage descriptors for a whole catalog: one file per entity (`component-<id>.yaml`,
 * `resource-<id>.yaml`, `group-<team>.yaml`, `user-<name>.yaml`) and `catalog-info.yaml`, a Location listing them,
 * which is what a Backstage instance registers. Systems are sorted by id, so the same catalog gives the same files.
 */
export function exportBackstage(catalog: Catalog & { dir?: string; cwd?: string }): BackstageExport {
  const systems = [...catalog.systems].sort((a, b) => (a.id < b.id ? -1 : 1));
  const kinds = new Map(systems.map((s) => [s.id, exportEntityKind(s.data.kind)]));
  const notes: ExportNote[] = [];
  const entities: ExportedEntity[] = [];
  for (const system of systems) {
    const result = exportSystemEntity(system, {
      kinds,
      readiness: catalog.readiness.get(system.id)?.level ?? null,
      source: catalog.dir !== undefined ? repoPath(catalog.dir, system.file, catalog.cwd) : system.file,
    });
    entities.push(result.entity);
    notes.push(...result.notes);
  }
  const teams = exportTeamEntities(catalog.teams);
  entities.push(...teams.entities);
  notes.push(...teams.notes);

  const files = entities.map((entity) => toFile(`${entity.kind.toLowerCase()}-${entity.metadata.name}.yaml`, entity));
  const location: ExportedEntity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Location',
    metadata: { name: 'fieldguide', description: `Every system and team of ${catalog.config.site.title}, exported by fieldguide.` },
    spec: { targets: files.map((f) => `./${f.file}`) },
  };
  return { files: [toFile(LOCATION_FILE, location), ...files], notes };
}

function toFile(file: string, entity: ExportedEntity): ExportedFile {
  // YAML 1.1 quoting, so a date or `yes` stays a string for every reader, not only YAML 1.2 ones.
  return { file, entity, text: stringify(entity, { lineWidth: 0, version: '1.1' }) };
}

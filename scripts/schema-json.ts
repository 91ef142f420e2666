// Builds the published JSON Schema (core/organisation/organisation.schema.json) from the valibot
// schema. Used by scripts/generate-schema.mjs (writes the file) and by the test that checks the
// committed file is up to date.
import { toJsonSchema } from '@valibot/to-json-schema';
import { documentedOrganisationSchema, SCHEMA_ID } from '../core/organisation/schema.js';

export function buildJsonSchema(): Record<string, unknown> {
  const generated = toJsonSchema(documentedOrganisationSchema(), { target: 'draft-2020-12' }) as Record<string, unknown>;
  const properties = generated.properties as Record<string, unknown>;
  // An editor's pointer to this schema may stand in the file: allowed (the loader ignores it).
  const withSchemaKey = {
    $schema: {
      type: 'string',
      title: 'JSON Schema',
      description:
        'Valfri sökväg till detta schema, så att redigeraren kan kontrollera filen (t.ex. "./organisation.schema.json"). Används inte av Rollkoll.\n\n' +
        'Optional path to this schema, so an editor can check the file (e.g. "./organisation.schema.json"). Not used by Rollkoll.',
    },
    ...properties,
  };
  const { $schema, title, description, ...rest } = generated;
  return { $schema, $id: SCHEMA_ID, title, description, ...rest, properties: withSchemaKey };
}

export function jsonSchemaText(): string {
  return JSON.stringify(buildJsonSchema(), null, 2) + '\n';
}

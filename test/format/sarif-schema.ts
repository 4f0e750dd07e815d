import { z } from 'zod';

/**
 * The part of SARIF 2.1.0 that GitHub code scanning reads (docs.github.com, "SARIF support for
 * code scanning"): version and $schema, one run whose tool.driver names the tool and lists its
 * rules, and results with ruleId, level, message.text and a physical location with a region.
 * Strict where GitHub is: 1-based lines and columns, a relative URI or a file: URI.
 */
const Message = z.object({ text: z.string().min(1) });
const Region = z
  .object({
    startLine: z.number().int().min(1),
    startColumn: z.number().int().min(1),
    endLine: z.number().int().min(1),
    endColumn: z.number().int().min(1),
  })
  .refine((r) => r.endLine > r.startLine || (r.endLine === r.startLine && r.endColumn >= r.startColumn), 'region ends before it starts');
const PhysicalLocation = z.object({
  artifactLocation: z.object({
    uri: z.string().min(1).refine((u) => !/[\s\\]/.test(u) && !/[^\x21-\x7e]/.test(u), 'a URI: no spaces, backslashes or raw non-ASCII'),
    uriBaseId: z.string().optional(),
  }),
  region: Region,
});
const Location = z.object({ physicalLocation: PhysicalLocation });

export const SarifLog = z.object({
  $schema: z.literal('https://json.schemastore.org/sarif-2.1.0.json'),
  version: z.literal('2.1.0'),
  runs: z
    .array(
      z.object({
        tool: z.object({
          driver: z.object({
            name: z.string().min(1),
            version: z.string().optional(),
            informationUri: z.url(),
            rules: z.array(
              z.object({
                id: z.string().min(1),
                name: z.string().optional(),
                shortDescription: Message,
                fullDescription: Message,
                help: z.object({ text: z.string().min(1), markdown: z.string().optional() }),
                defaultConfiguration: z.object({ level: z.enum(['none', 'note', 'warning', 'error']) }).optional(),
                properties: z.object({ tags: z.array(z.string()).optional() }).loose().optional(),
              }),
            ),
          }),
        }),
        columnKind: z.enum(['utf16CodeUnits', 'unicodeCodePoints']).optional(),
        results: z.array(
          z.object({
            ruleId: z.string().min(1),
            ruleIndex: z.number().int().nonnegative().optional(),
            level: z.enum(['none', 'note', 'warning', 'error']),
            message: Message,
            locations: z.array(Location).min(1),
            relatedLocations: z.array(Location.extend({ id: z.number().int(), message: Message.optional() })).optional(),
          }),
        ),
      }),
    )
    .length(1),
});
export type SarifLog = z.infer<typeof SarifLog>;

import { z } from 'zod';
import { MeasurementUnit } from '../observation/observation.enum';
import { IndicatorFramework, IndicatorKind, MappingStrength } from './indicator.enum';

const Code = z.string().regex(/^[a-z0-9]+(?:[-./][a-z0-9]+)*$/, 'codes are lowercase letters and digits joined by - . or /').max(120);
/** A text per language (ISO 639-1 codes); English is required, others are added as translated. */
const Localized = z
  .record(z.string().regex(/^[a-z]{2}$/, 'language codes are ISO 639-1 (two letters)'), z.string().trim().min(1).max(2000))
  .refine((m) => typeof m.en === 'string', 'an English text is required');

export const IndicatorCatalogueFile = z
  .object({
    $schema: z.string().optional(),
    formatVersion: z.literal(1),
    indicators: z.array(
      z
        .object({
          code: Code,
          kind: z.enum(IndicatorKind),
          framework: z.enum(IndicatorFramework),
          unit: z.enum(MeasurementUnit),
          label: Localized,
          description: Localized,
          numerator: Code.optional(),
          denominator: Code.optional(),
        })
        .strict()
        .refine((i) => (i.kind === IndicatorKind.DERIVED) === (i.numerator !== undefined && i.denominator !== undefined), {
          message: 'a DERIVED indicator, and only one, names its numerator and denominator',
        }),
    ),
    mappings: z.array(
      z
        .object({
          metric: Code.describe("a partnership's metric key"),
          indicator: Code,
          strength: z.enum(MappingStrength),
          note: z.string().trim().min(1).max(2000).optional(),
        })
        .strict(),
    ),
  })
  .strict()
  .superRefine((file, ctx) => {
    const codes = new Set<string>();
    file.indicators.forEach((i, n) => {
      if (codes.has(i.code)) ctx.addIssue({ code: 'custom', path: ['indicators', n, 'code'], message: `duplicate indicator "${i.code}"` });
      codes.add(i.code);
    });
    file.indicators.forEach((i, n) => {
      for (const part of ['numerator', 'denominator'] as const) {
        const ref = i[part];
        if (ref && !codes.has(ref)) ctx.addIssue({ code: 'custom', path: ['indicators', n, part], message: `unknown indicator "${ref}"` });
      }
    });
    const seen = new Set<string>();
    file.mappings.forEach((m, n) => {
      if (!codes.has(m.indicator)) ctx.addIssue({ code: 'custom', path: ['mappings', n, 'indicator'], message: `unknown indicator "${m.indicator}"` });
      const key = `${m.metric}|${m.indicator}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['mappings', n], message: `"${m.metric}" is mapped to "${m.indicator}" twice` });
      seen.add(key);
    });
  });
export type IndicatorCatalogueFile = z.infer<typeof IndicatorCatalogueFile>;

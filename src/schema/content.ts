/**
 * The shape of `content.json` in a content folder (`bulletin build --content DIR`): what a country
 * office adds to every bulletin besides the analyst's text. `schemas/content.schema.json` is
 * generated from `contentSchema`. Every text is given in English and Russian; an empty text (both
 * languages "") prints nothing. File paths are relative to the content folder.
 */
import { z } from 'zod';

const text = z
  .object({ en: z.string(), ru: z.string() })
  .strict()
  .describe('The same text in English and Russian; "" in both prints nothing');

const logoSchema = z
  .object({
    file: z.string().min(1).describe('A PNG or JPEG file in the content folder, e.g. logos/iom.png'),
    alt: text.describe('What the logo shows, for readers who cannot see it: "IOM logo" / "Логотип МОМ"'),
  })
  .strict();

export const contentSchema = z
  .object({
    $schema: z.string().optional(),
    logos: z
      .object({
        cover: z.array(logoSchema).max(6).default([]).describe('Logos in a row at the foot of the cover'),
        back: z.array(logoSchema).max(6).default([]).describe('Logos in a row at the foot of the last page'),
      })
      .strict()
      .default({ cover: [], back: [] })
      .describe('Logos given by the user: the tool ships none'),
    publisher: z
      .object({
        title: text.optional().describe('Default "Publisher:" / "Издатель:"'),
        groups: z.array(z.array(text)).min(1).describe('Address groups, one per office, each a list of lines'),
        rights: text.optional().describe('Rights line(s) at the end, small type'),
      })
      .strict()
      .optional()
      .describe('The publisher block on the last page; default: IOM Subregional Coordination Office for Central Asia'),
    fundedBy: text.optional().describe('The funded-by line at the foot of the cover'),
    citation: text.optional().describe('Suggested citation, printed before the disclaimer'),
    contact: text.optional().describe('Data contact: who answers questions on the data, printed after the citation'),
    partners: z
      .array(
        z
          .object({
            en: z.string().min(1).describe('The partner name as written in the data (partner column) and in English'),
            ru: z.string().min(1).describe('Its Russian form'),
          })
          .strict(),
      )
      .default([])
      .describe('Partner names with their Russian forms, used in the partner tables of the Russian edition'),
  })
  .strict();

export type ContentConfig = z.infer<typeof contentSchema>;
export type ContentText = z.infer<typeof text>;

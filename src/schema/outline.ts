import { z } from 'zod';
import { Span } from './position.js';

/**
 * The numbering styles of a Chinese official document (GB/T 9704), plus Markdown headings and
 * the in-paragraph enumerators. The style, not the depth, says what a marker is: depth comes
 * from the order in which styles appear in a document.
 */
export const MarkerStyle = z.enum([
  'cn-comma', // 一、
  'cn-paren', // （一） or (一)
  'arabic-dot', // 1. 1． 1、
  'arabic-paren', // （1） or (1)
  'circled', // ① ②
  'markdown', // # heading
  'item-shi', // 一是 二是
  'item-di', // 第一， 第二，
  'part', // a part: a bare 2024年工作回顾 line, or one numbered 第一部分
  'annex', // matter after the body: 附件1, 名词解释
]);
export type MarkerStyle = z.infer<typeof MarkerStyle>;

export const SectionKind = z.enum(['heading', 'item']);
export type SectionKind = z.infer<typeof SectionKind>;

export interface Section {
  id: string;
  kind: SectionKind;
  level: number;
  style: MarkerStyle;
  marker: string;
  ordinal: number | null;
  title: string;
  titleSpan: Span;
  span: Span;
  children: Section[];
}

/**
 * A node of the outline. `span` runs from the marker to the end of the section's content (up to
 * the next heading of the same or a higher level); `titleSpan` covers the title only.
 */
export const Section: z.ZodType<Section> = z.object({
  id: z.string().describe('Path of 1-based indexes among siblings, e.g. "1.2.3"'),
  kind: SectionKind,
  level: z.number().int().positive().describe('Depth in the tree, 1 for top level'),
  style: MarkerStyle,
  marker: z.string().describe('The marker as written: "一、", "(一)", "1．", "一是", "##"'),
  ordinal: z.number().int().nullable().describe('The number the marker stands for; null for Markdown headings and unnumbered parts'),
  title: z.string(),
  titleSpan: Span,
  span: Span,
  get children() {
    return z.array(Section);
  },
}).meta({ id: 'Section' });

export const Outline = z.object({
  title: z.object({ text: z.string(), span: Span }).nullable(),
  year: z.number().int().nullable().describe('The year the report is about'),
  preamble: Span.nullable().describe('Text between the title and the first heading'),
  sections: z.array(Section),
});
export type Outline = z.infer<typeof Outline>;

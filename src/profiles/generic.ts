import * as z from 'zod/mini';
import { whenUsed, type Profile } from './profile.js';
import { spanSchema } from './require.js';

const contents = whenUsed(() => z.object({ span: spanSchema() }));

/** Any other report or 工作总结: no required parts, only the checks every report obeys. */
export const generic: Profile = {
  id: 'generic',
  name: { zh: '一般工作报告', en: 'general work report' },
  annual: true,
  title: {
    kind: /报告|总结|汇报|要点|计划|情况/,
    needsUnit: false,
    needsYear: false,
    form: { zh: '单位＋年份＋工作报告（或工作总结）', en: 'issuer + year + 工作报告 (or 工作总结)' },
    example: '{unit}{year}年工作总结',
  },
  get contents() {
    return contents();
  },
  relations: [],
};

import type { LocalizedText } from './text.js';

/**
 * What stops a run, said on stderr as `report-lint: <path>: <what is wrong>`: reading, fixing,
 * configuration and the command line. Each says what to do where there is something to do.
 */
export const FAILURES = {
  // The file system.
  noSuchFile: { zh: '找不到该文件或目录', en: 'no such file or directory' },
  permissionDenied: { zh: '没有访问权限', en: 'permission denied' },
  isDirectory: { zh: '这是目录，不是文件', en: 'is a directory' },
  notDirectory: { zh: '路径中有一段不是目录', en: 'not a directory' },
  fsOther: { zh: '无法访问（{message}）', en: '{message}' },
  noReports: { zh: '目录中没有报告（查找的是 {extensions} 文件）', en: 'no reports in this directory (looked for {extensions})' },

  // Bytes that are no report.
  notPlainText: {
    zh: '这是{document}，不是纯文本报告：请另存为纯文本（.txt，UTF-8）后再检查',
    en: '{document}, not a plain-text report: save it as plain text (.txt, UTF-8) and check that',
  },
  binaryNul: { zh: '二进制文件（含 NUL 字节），不是文本报告', en: 'binary file (contains NUL bytes), not a text report' },
  binaryControl: { zh: '二进制文件（控制字符过多），不是文本报告', en: 'binary file (control characters), not a text report' },
  undecodable: {
    zh: '不是 UTF-8、UTF-16、GB18030 或 Big5 编码的文本（如为其他编码，请用 --encoding 指明）',
    en: 'not text in UTF-8, UTF-16, GB18030 or Big5 (--encoding names the encoding, if it is another)',
  },
  invalidDespiteBom: { zh: '有字节顺序标记，却不是有效的 {encoding} 文本', en: 'invalid {encoding} despite its byte order mark' },
  tooLarge: { zh: '文件过大（超过 {mb} MB）', en: 'too large (over {mb} MB)' },
  tooManyHeadingsToDiff: {
    zh: '报告过大，无法在当前内存上限内比较：两份报告共 {headings} 个标题，约需 {need} MB，可用 {free} MB；请提高上限（如 NODE_OPTIONS=--max-old-space-size={suggest}）后重新运行',
    en: 'the reports are too large to compare within the memory limit: {headings} headings in all need about {need} MB, {free} MB is free; raise the limit (e.g. NODE_OPTIONS=--max-old-space-size={suggest}) and run again',
  },

  // --fix.
  cannotFixKind: {
    zh: '无法修复{kind}：--fix 只改写普通文件（--fix-dry-run 可查看修复内容）',
    en: 'cannot fix {kind}: --fix rewrites regular files only (--fix-dry-run shows the fixes)',
  },
  hardLinks: {
    zh: '无法修复：该文件有 {count} 个硬链接，替换它会使它们分开；请修复一份副本',
    en: 'cannot fix: the file has {count} hard links, which replacing it would split; fix a copy',
  },
  readOnly: {
    zh: '无法修复：文件是只读的（先设为可写再修复，如 chmod u+w）',
    en: 'cannot fix: the file is read-only (make it writable, e.g. chmod u+w, to fix it)',
  },
  writeDenied: { zh: '无法修复：没有写入该文件的权限', en: 'cannot fix: permission denied (you may not write this file)' },
  changedWhileFixing: {
    zh: '无法修复：修复期间文件被改动（其他程序保存了它？）；请重新运行',
    en: 'cannot fix: the file changed while fixing (saved by another program?); run again',
  },
  notReencodable: {
    zh: '无法修复：文件按 {encoding} 重新编码后字节不同，写入会改动修复以外的内容',
    en: 'cannot fix: the file does not re-encode to the same bytes in {encoding}, so writing it would change more than the fixes',
  },
  cannotWrite: { zh: '无法写入修复后的文件：{why}', en: 'cannot write the fixed file: {why}' },
  cannotLock: { zh: '无法修复：无法创建锁文件 {lock}：{why}', en: 'cannot fix: cannot create the lock file {lock}: {why}' },
  lockedByProcess: {
    zh: '无法修复：另一个 report-lint --fix（进程 {pid}）正在修复此文件；请在它结束后重新运行（如并无此进程，删除 {lock}）',
    en: 'cannot fix: another report-lint --fix (process {pid}) is fixing this file; run again when it has finished (or delete {lock} if none is running)',
  },
  locked: {
    zh: '无法修复：另一个 report-lint --fix 正在修复此文件；请在它结束后重新运行（如并无此进程，删除 {lock}）',
    en: 'cannot fix: another report-lint --fix is fixing this file; run again when it has finished (or delete {lock} if none is running)',
  },
  fixStdin: { zh: '--fix 无法写回标准输入（请用 --fix-dry-run）', en: '--fix cannot write to standard input (use --fix-dry-run)' },
  fixStdinWord: {
    zh: '--fix 无法写回标准输入（请用 --fix-dry-run，或 --annotate 输出.docx）',
    en: '--fix cannot write to standard input (use --fix-dry-run, or --annotate out.docx)',
  },
  writeOriginal: {
    zh: '--fix 与 --annotate 写入的是接受修订后的文本：请去掉 --changes original',
    en: '--fix and --annotate write into the text with tracked changes accepted; leave out --changes original',
  },
  annotateText: {
    zh: '--annotate 把问题写成 Word 批注（.docx）：这份报告是文本，请去掉 --annotate，或检查它的 .docx',
    en: '--annotate writes comments into Word files (.docx); this report is text',
  },
  annotateSelf: {
    zh: '--annotate 写出一份副本：请指定另一个文件（或目录），不能是报告本身',
    en: '--annotate writes a copy: name another file (or a folder) than the report itself',
  },
  annotateTwice: {
    zh: '--annotate {target}：已有另一份报告写到这里；检查多份报告时请指定一个目录',
    en: '--annotate {target}: another report was written there; name a folder to annotate several reports',
  },
  fixWebPage: {
    zh: '--fix 无法写入网页：请在来源处修改报告（--fix-dry-run 可显示对其文本的修复）',
    en: '--fix cannot write into a web page: fix the report at its source (--fix-dry-run shows the fixes to its text)',
  },
  fixPdf: {
    zh: '--fix 无法写入 PDF：请在来源处修改报告（--fix-dry-run 可显示对其文本的修复）',
    en: '--fix cannot write into a PDF: fix the report at its source (--fix-dry-run shows the fixes to its text)',
  },
  fixClash: { zh: '--fix 与 --fix-dry-run 只能选一个', en: '--fix and --fix-dry-run: choose one' },
  dryRunFormat: {
    zh: '--fix-dry-run 输出统一格式的差异，--format {format} 不适用',
    en: '--fix-dry-run prints a unified diff; --format {format} does not apply',
  },

  // diff.
  stdinTwice: { zh: '标准输入只能是两份报告中的一份', en: 'standard input can be only one of the two reports' },
  diffDirectory: { zh: '这是目录；diff 比较的是两个报告文件', en: 'is a directory; diff compares two report files' },

  // Configuration.
  notJson: { zh: '不是有效的 JSON（{detail}）', en: 'not valid JSON ({detail})' },
  invalidConfig: { zh: '配置无效', en: 'invalid configuration' },
  unknownRule: { zh: '未知规则“{id}”（report-lint rules 列出全部规则）', en: 'unknown rule “{id}” (report-lint rules lists them)' },
  noOptions: { zh: '规则“{id}”没有选项', en: 'rule “{id}” takes no options' },
  unknownOption: { zh: '规则“{id}”的选项：未知选项“{option}”', en: 'options of rule “{id}”: unknown option “{option}”' },
  badOptions: { zh: '规则“{id}”的选项：{issue}', en: 'options of rule “{id}”: {issue}' },
  invalidOptions: { zh: '无效', en: 'invalid' },
  badRuleFlag: { zh: '--rule {flag}：应写作 <规则 id>=off|warn|error', en: '--rule {flag}: expected <rule-id>=off|warn|error' },
  ruleFlag: { zh: '--rule：{problem}', en: '--rule: {problem}' },

  // The command line.
  usage: { zh: 'report-lint: {what}（用法见 report-lint --help）', en: 'report-lint: {what} (report-lint --help for usage)' },
  unknownCommand: { zh: "未知命令 '{typed}'（是否想用 {meant}？）", en: "unknown command '{typed}' (Did you mean {meant}?)" },
  expectedCount: { zh: '应为不小于 0 的整数', en: 'expected a whole number ≥ 0' },
  expectedJobs: { zh: '应为不小于 1 的整数（同时处理的报告数）', en: 'expected a whole number ≥ 1 (reports processed at once)' },
  expectedPercent: { zh: '应为不小于 0 的百分数，如 5 或 5%', en: 'expected a percentage ≥ 0, e.g. 5 or 5%' },
} as const satisfies Record<string, LocalizedText>;

/** What a file that is not a regular file is, for `cannot fix {kind}`. */
export const FILE_KINDS = {
  fifo: { zh: '命名管道（FIFO）', en: 'a FIFO (named pipe)' },
  socket: { zh: '套接字', en: 'a socket' },
  characterDevice: { zh: '字符设备', en: 'a character device' },
  blockDevice: { zh: '块设备', en: 'a block device' },
  directory: { zh: '目录', en: 'a directory' },
  special: { zh: '特殊文件', en: 'a special file' },
} as const satisfies Record<string, LocalizedText>;

/** A word processor's file, named by its first bytes, for `{document}, not a plain-text report`. */
export const DOCUMENT_KINDS = {
  pdf: { zh: ' PDF 文件', en: 'a PDF file' },
  rtf: { zh: ' RTF 文档', en: 'an RTF document' },
  doc: { zh: ' Word（.doc）或 WPS（.wps）文档', en: 'a Word (.doc) or WPS (.wps) document' },
  docx: { zh: ' Word 文档（.docx）', en: 'a Word document (.docx)' },
  odt: { zh: ' OpenDocument 文本（.odt）', en: 'an OpenDocument text (.odt)' },
  xlsx: { zh: ' Excel 工作簿（.xlsx）', en: 'an Excel workbook (.xlsx)' },
  pptx: { zh: ' PowerPoint 演示文稿（.pptx）', en: 'a PowerPoint presentation (.pptx)' },
  zip: { zh: ' ZIP 压缩包', en: 'a ZIP archive' },
} as const satisfies Record<string, LocalizedText>;

/** A config file's value that does not fit, from its zod issue (zod/mini carries no messages). */
export const CONFIG_ISSUES = {
  at: { zh: '{path}：{what}', en: '{path}: {what}' },
  unknownKey: { zh: '未知的键 {keys}', en: 'unknown key {keys}' },
  unknownKeys: { zh: '未知的键 {keys}', en: 'unknown keys {keys}' },
  expectedType: { zh: '应为{type}', en: 'expected {type}' },
  expectedOneOf: { zh: '应为以下之一：{values}', en: 'expected one of {values}' },
  expectedSeverity: {
    zh: '应为 "off"、"warn" 或 "error"（或 0、1、2），或 ["warn", { 选项 }]',
    en: 'expected "off", "warn" or "error" (or 0, 1, 2), or ["warn", { options }]',
  },
  expectedBound: { zh: '应为 {op} {limit} 的值', en: 'expected a value {op} {limit}' },
  expectedFormat: { zh: '应为 {format} 格式', en: 'expected {format}' },
} as const satisfies Record<string, LocalizedText>;

/** The JSON types a config value may be expected to have. */
export const VALUE_TYPES: Readonly<Record<string, LocalizedText>> = {
  object: { zh: '对象', en: 'an object' },
  array: { zh: '数组', en: 'an array' },
  string: { zh: '字符串', en: 'a string' },
  number: { zh: '数字', en: 'a number' },
  boolean: { zh: '布尔值（true 或 false）', en: 'a boolean' },
  int: { zh: '整数', en: 'an int' },
};

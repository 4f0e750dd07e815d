import type { LocalizedText } from './text.js';

/** Why a Word file cannot be read or written, said as `report-lint: <path>: <what is wrong>`. */
export const WORD_FAILURES = {
  encryptedFile: {
    zh: '已加密：该 Word 文件设有密码；请去掉密码（或另存一份无密码的副本）为 .docx',
    en: 'encrypted: the Word file is password-protected; remove the password (or save an unprotected copy) as .docx',
  },
  encryptedPackage: {
    zh: '已加密：该 Word 文件包设有密码；请另存一份无密码的 .docx',
    en: 'encrypted: the Word package is password-protected; save an unprotected copy as .docx',
  },
  oldBinary: {
    zh: '这是旧版二进制 Word 或 WPS 文件（.doc/.wps）：请在 Word 或 WPS 中打开并另存为 .docx',
    en: 'an old binary Word or WPS file (.doc/.wps): open it in Word or WPS and save it as .docx',
  },
  notZip: { zh: '文件已损坏：不是 Word .docx 文件包（不是 ZIP 压缩包）', en: 'corrupt: not a Word .docx package (it is not a ZIP archive)' },
  tooLarge: {
    zh: '文件过大：Word 文件包解压后超过 {mb} MB（文件已损坏，或是“压缩炸弹”）',
    en: 'too large: the Word package inflates past {mb} MB (a damaged file or a zip bomb)',
  },
  noMainPart: {
    zh: '不是 Word 文档：该 ZIP 压缩包中没有正文部分（word/document.xml）',
    en: 'not a Word document: the ZIP archive has no main document part (word/document.xml)',
  },
  badEncoding: { zh: '文件已损坏：Word 文件包中有一部分不是有效的 UTF-8 或 UTF-16 XML', en: 'corrupt: a part of the Word package is not valid UTF-8 or UTF-16 XML' },
  dtd: { zh: '文件已损坏：Word 文档声明了 DTD，而 Word 从不写 DTD', en: 'corrupt: the Word document declares a DTD, which Word never writes' },
  tagNotClosed: { zh: '文件已损坏：Word 文档不是格式正确的 XML（有标签未闭合）', en: 'corrupt: the Word document is not well-formed XML (a tag is not closed)' },
  elementNotClosed: { zh: '文件已损坏：Word 文档不是格式正确的 XML（<{name}> 未闭合）', en: 'corrupt: the Word document is not well-formed XML (<{name}> is not closed)' },
  notWellFormed: { zh: '文件已损坏：Word 文档不是格式正确的 XML', en: 'corrupt: the Word document is not well-formed XML' },
  damagedZip: { zh: '文件已损坏：Word 文件包（ZIP 压缩包）已损坏或不完整', en: 'corrupt: the Word package (a ZIP archive) is damaged or incomplete' },
  unknownMethod: {
    zh: '文件已损坏：Word 文件包的一部分（{part}）使用了未知的压缩方法 {method}',
    en: 'corrupt: a part of the Word package ({part}) uses an unknown compression method {method}',
  },
  notInflatable: { zh: '文件已损坏：Word 文件包的一部分（{part}）无法解压', en: 'corrupt: a part of the Word package ({part}) cannot be inflated' },
  zip64: {
    zh: '无法写入：Word 文件包使用 ZIP64（超过 4 GB），report-lint 不改写这种文件',
    en: 'cannot write: the Word package uses ZIP64 (over 4 GB), which report-lint does not rewrite',
  },
  readOnly: { zh: '无法修复：文件是只读的', en: 'cannot fix: the file is read-only' },
  changedWhileChecking: { zh: '无法修复：检查期间文件被改动；请重新运行', en: 'cannot fix: the file changed while it was being checked; run again' },
} as const satisfies Record<string, LocalizedText>;

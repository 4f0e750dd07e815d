/** The page's own styles, beside the report's (src/format/html-style.ts). */
export const PAGE_STYLE = `
header.top{display:flex;flex-wrap:wrap;gap:8px 20px;align-items:center}
header.top .local{margin:0;color:#1f5c2a;font-weight:600}
header.top .controls{margin-left:auto;display:flex;flex-wrap:wrap;gap:8px 12px;align-items:center;max-width:100%}
header.top .controls label{display:flex;gap:6px;align-items:center;min-width:0}
header.top .controls select{min-width:0;max-width:60vw}
.drop{border:2px dashed #767676;border-radius:6px;padding:14px;margin:0 0 12px;background:#fafafa}
.drop.over{border-color:#1a4f8b;background:#eef4fb}
.drop p{margin:4px 0}
[role=tablist]{display:flex;flex-wrap:wrap;gap:4px;border-bottom:2px solid #1a4f8b;margin:8px 0 12px}
[role=tab]{border:1px solid #1a4f8b;border-bottom:none;border-radius:4px 4px 0 0;background:#fff;color:#1a4f8b}
[role=tab][aria-selected=true]{background:#1a4f8b;color:#fff}
.actions{display:flex;flex-wrap:wrap;gap:8px 12px;align-items:center;margin:0 0 8px}
#status{min-height:1.5em;margin:4px 0}
.error-text{color:#b3001b}
dl.rule{margin:0 0 14px;padding:8px;border:1px solid #d8d8d8;border-radius:4px}
dl.rule dt{font-weight:700}
dl.rule dd{margin:0 0 4px}
`;

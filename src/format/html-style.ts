/**
 * The stylesheet of the HTML report, also used by the offline page. Colours are chosen for
 * WCAG AA contrast (text ≥ 4.5:1 on its background); one column under 760 px (a phone at
 * 375 px); printed, the filters go and every finding stays marked and listed.
 */
export const HTML_STYLE = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.7 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:#1a1a1a;background:#fff}
header.top{padding:12px 20px;border-bottom:1px solid #c8c8c8;background:#f4f6f8}
header.top h1{font-size:1.25rem;margin:0}
main{padding:12px 20px}
h2{font-size:1.15rem;margin:20px 0 6px;word-break:break-all}
h3{font-size:1rem;margin:12px 0 6px}
.meta{color:#444;margin:0 0 8px}
.layout{display:grid;grid-template-columns:minmax(150px,1fr) minmax(0,3fr) minmax(240px,1.6fr);gap:16px;align-items:start}
.layout>*{min-width:0}
nav.toc{position:sticky;top:8px;max-height:calc(100vh - 16px);overflow:auto;font-size:.9rem}
nav.toc ul{list-style:none;margin:0;padding-left:12px}
nav.toc>ul{padding-left:0}
nav.toc a{color:#1a4f8b;text-decoration:none;display:block;padding:2px 0}
nav.toc a:hover,nav.toc a:focus{text-decoration:underline}
.text{white-space:pre-wrap;word-break:break-word;border:1px solid #d0d0d0;border-radius:4px;padding:12px;background:#fff;max-height:80vh;overflow:auto}
mark{background:none;color:inherit;border-bottom:2px solid transparent;padding:0 1px}
mark.error{background:#fde4e4;border-bottom-color:#b3001b}
mark.warning{background:#fff1c2;border-bottom-color:#8a5300}
mark.info{background:#e2efff;border-bottom-color:#1d5fb4}
mark.off{background:none;border-bottom-color:transparent}
mark.ind{background:#e8f3ea;border-bottom-color:#2e6b3a}
mark.changed{background:#fff1c2;border-bottom-color:#8a5300;font-weight:600}
mark.added{background:#e2f5e6;border-bottom-color:#1f6b32}
mark.removed{background:#fde4e4;border-bottom-color:#b3001b}
mark.focus,mark:target{outline:2px solid #1a4f8b}
.pin{display:inline-block;width:.6em;height:1em;vertical-align:middle;border-left:3px solid #b3001b}
.pin.warning{border-left-color:#8a5300}.pin.info{border-left-color:#1d5fb4}.pin.off{border-left-color:transparent}
.findings ol{list-style:none;margin:0;padding:0}
.findings li{border-left:4px solid #767676;padding:4px 8px;margin:0 0 6px;background:#f7f7f7}
.findings li.error{border-left-color:#b3001b}.findings li.warning{border-left-color:#8a5300}.findings li.info{border-left-color:#1d5fb4}
.findings li[hidden]{display:none}
.sev{font-weight:700;margin-right:4px}
.sev.error{color:#b3001b}.sev.warning{color:#7a4a00}.sev.info{color:#1d5fb4}
.where{color:#1a4f8b}
.rid{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;color:#444}
.fix{color:#1f5c2a}
.filters{display:flex;flex-wrap:wrap;gap:6px 12px;align-items:center;margin:0 0 8px;font-size:.92rem}
.filters label{white-space:nowrap}
select{max-width:100%}
.filters select{max-width:14em}
select,input[type=search],input[type=text],button{font:inherit;font-size:.92rem;min-height:32px}
input[type=checkbox]{width:18px;height:18px;vertical-align:middle}
button{border:1px solid #1a4f8b;background:#fff;color:#1a4f8b;border-radius:4px;padding:2px 10px;cursor:pointer}
button.primary{background:#1a4f8b;color:#fff}
button:disabled{border-color:#999;color:#595959;cursor:default}
:focus-visible{outline:3px solid #1a4f8b;outline-offset:2px}
.count{font-weight:600}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border-bottom:1px solid #d8d8d8;padding:4px 6px;text-align:left;vertical-align:top}
th button{border:none;background:none;color:#1a1a1a;font-weight:700;padding:0;min-height:0}
td.num,th.num{text-align:right;white-space:nowrap}
.up{color:#1f5c2a}.down{color:#b3001b}
.table-wrap{overflow-x:auto}
.chart{margin:8px 0 16px}
.bar-row{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr) 5.5em;gap:8px;align-items:center;font-size:.88rem;margin:2px 0}
.bar-row .name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.bar-track{position:relative;height:14px;background:#eef0f2}
.bar{position:absolute;top:0;height:14px}
.bar.pos{left:50%;background:#2e7d43}.bar.neg{right:50%;background:#b3001b}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.pair>*{min-width:0}
.sides{row-gap:8px}
.text.part{max-height:none;overflow:visible}
.text.empty{background:#f7f7f7}
.side-label{display:none}
.note{color:#444;font-size:.88rem}
footer{padding:12px 20px;color:#444;font-size:.85rem;border-top:1px solid #d8d8d8}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
@media (max-width:760px){
 main{padding:8px 10px}
 .layout,.pair{grid-template-columns:1fr}
 .sides>div:nth-child(-n+2){display:none}
 .sides .side-label{display:block;font-size:.8rem;color:#444;white-space:normal}
 nav.toc{position:static;max-height:14em;border:1px solid #d0d0d0;padding:6px}
 .text{max-height:60vh}
 .bar-row{grid-template-columns:minmax(0,1fr) minmax(0,1fr) 4.5em}
 .table-wrap table{min-width:40em}
}
@media print{
 .filters,.no-print{display:none!important}
 body{font-size:11pt}
 .layout,.pair{display:block}
 nav.toc{position:static;max-height:none}
 .text{max-height:none;overflow:visible;border:none;padding:0}
 .findings li[hidden]{display:block}
 mark.off{border-bottom-color:#767676}
 mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 a{color:inherit;text-decoration:none}
}
`;

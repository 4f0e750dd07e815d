/**
 * The little script of the HTML report: filters of the findings by severity and rule, filters
 * and sorting of tables. Plain JavaScript in a string (it runs in the report, not in Node);
 * everything it reads is in data- attributes the formatter wrote, escaped.
 */
export const HTML_SCRIPT = `
(function(){
function each(root,sel,f){Array.prototype.forEach.call(root.querySelectorAll(sel),f);}
each(document,'[data-findings]',function(box){
  function apply(){
    var sev={};each(box,'input[data-sev]',function(i){sev[i.getAttribute('data-sev')]=i.checked;});
    var rs=box.querySelector('select[data-rule]');var rule=rs?rs.value:'';
    var ok=function(k){var p=k.split(':');return sev[p[0]]!==false&&(!rule||p[1]===rule);};
    var shown=0,total=0;
    each(box,'li[data-k]',function(li){total++;var v=ok(li.getAttribute('data-k'));li.hidden=!v;if(v)shown++;});
    var report=box.closest('[data-report]')||document;
    each(report,'[data-ks]',function(m){var ks=m.getAttribute('data-ks').split(' ');m.classList.toggle('off',!ks.some(ok));});
    var c=box.querySelector('[data-shown]');if(c)c.textContent=c.getAttribute('data-template').replace('{shown}',shown).replace('{total}',total);
  }
  box.addEventListener('change',apply);
});
each(document,'table[data-sortable]',function(t){
  var body=t.tBodies[0];
  each(t,'th button[data-col]',function(b){b.addEventListener('click',function(){
    var col=+b.getAttribute('data-col');var num=b.hasAttribute('data-num');
    var dir=b.getAttribute('data-dir')==='asc'?'desc':'asc';
    each(t,'th',function(th){th.removeAttribute('aria-sort');});
    b.setAttribute('data-dir',dir);b.parentNode.setAttribute('aria-sort',dir==='asc'?'ascending':'descending');
    var rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(x,y){var a=x.cells[col].getAttribute('data-v')||x.cells[col].textContent;var c=y.cells[col].getAttribute('data-v')||y.cells[col].textContent;
      var r=num?(parseFloat(a)||0)-(parseFloat(c)||0):a.localeCompare(c,'zh');return dir==='asc'?r:-r;});
    rows.forEach(function(r){body.appendChild(r);});
  });});
});
each(document,'input[data-filter-table]',function(inp){
  var t=document.getElementById(inp.getAttribute('data-filter-table'));
  inp.addEventListener('input',function(){var q=inp.value.trim();
    each(t,'tbody tr',function(r){r.hidden=q!==''&&r.textContent.indexOf(q)<0;});});
});
})();
`;

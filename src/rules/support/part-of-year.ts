// A report on part of a year (上半年工作总结, 一季度, 1—6月): written as the part ends, it speaks of
// its own year's dates and plans, not of the year after.
export const PART_OF_YEAR = /上半年|下半年|半年|季度|[1１一][-－—–~～至到](?:[1-9１-９]|1[0-2]|[二三四五六七八九十]|十[一二])月|月份|月度/;

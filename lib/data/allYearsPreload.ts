import { dataLayout } from "@/lib/model/dataFiles";
import { YEARS_BUNDLE_FILE } from "./yearsBundle";

/** The all-years view's layout file, made at build time (scripts/prelayGraphs.ts). */
export const ALL_YEARS_LAYOUT_FILE = "graph-layout-all.json";

/** Every file the all-years view fetches when the bundle is whole, as site paths. */
export function allYearsFileUrls(): string[] {
  return [YEARS_BUNDLE_FILE, ALL_YEARS_LAYOUT_FILE, dataLayout.entities, dataLayout.presidencies, dataLayout.subjectAreas].map((file) => `/data/${file}`);
}

/**
 * The source of a small inline script for the page's HTML: when the link asks for every
 * year (`years=all`, or a `year=` the data holds other than the default), it asks the
 * browser to fetch the all-years files at once, while the page's scripts are still
 * loading, instead of after hydration; the later fetch() calls take the preloaded
 * responses. Any other link, or one it cannot read, preloads nothing (the view then
 * fetches as before). Built from fixed values: nothing from the link is written anywhere.
 */
export function allYearsPreloadScript(defaultYear: number, years: readonly number[]): string {
  const otherYears = years.filter((year) => year !== defaultYear).map(String);
  return [
    "(function(){try{",
    "var q=new URLSearchParams(location.search),y=q.get('year');",
    `if(q.get('years')!=='all'&&${JSON.stringify(otherYears)}.indexOf(y)<0)return;`,
    `${JSON.stringify(allYearsFileUrls())}.forEach(function(h){`,
    "var l=document.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href=h;document.head.appendChild(l)});",
    "}catch(e){}})()",
  ].join("");
}

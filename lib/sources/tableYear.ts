// The year a UN meetings table is about: from its file name ("scact2003_table_en.html")
// or, for a renamed file, from its title ("Meetings conducted by the Security Council in 2003").

export function meetingsTableYear(fileName: string, html: string): number | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const fromName = /scact(\d{4})/.exec(base)?.[1];
  const fromTitle = /conducted\s+by\s+the\s+Security\s+Council\s+in\s+(\d{4})/i.exec(html.slice(0, 20000))?.[1];
  const year = Number(fromName ?? fromTitle);
  return Number.isFinite(year) && year >= 1946 && year <= 2100 ? year : undefined;
}

/** Whether the text is an HTML table rather than prose or CSV. */
export function looksLikeHtmlTable(text: string): boolean {
  return /<table[\s>]/i.test(text.slice(0, 200000));
}

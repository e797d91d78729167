/** A task's text cut short for a list or a heading: the first `length` characters and an ellipsis. */
export function excerptOf(text: string, length = 14): string {
  return [...text].length > length ? `${[...text].slice(0, length).join("")}…` : text;
}

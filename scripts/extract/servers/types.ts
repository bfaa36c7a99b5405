/** What a server extractor reads and returns. */

/** One reply a source file sends: code, template text, and where. */
export interface Extracted {
  code: number;
  text: string;
  file: string;
  line: number;
}

export interface ServerRule {
  /** content/servers/<id>.yaml */
  id: string;
  /** The repository the texts come from, and the mirror folder `fetch` makes of it (owner+name). */
  repository: string;
  mirror: string;
  tag: string;
  /** The commit to read when the repository has no tag for the release (the tag is then only its name). */
  rev?: string;
  /** Which files of the tree at the tag to read. */
  files: (paths: readonly string[]) => string[];
  /** The replies found in those files (path → text). Pure. */
  extract: (files: ReadonlyMap<string, string>) => Extracted[];
}

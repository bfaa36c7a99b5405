import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { BASE, htmlPages } from './site.ts';

const pages = htmlPages();

describe('HTML of every page', () => {
  // Under BASE=/ftp/ only URLs change, and the link checks cover those: validating the same markup twice costs ~10 s.
  it.skipIf(BASE !== '/')('is valid (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page.file);
      for (const r of report.results)
        for (const m of r.messages) errors.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors.slice(0, 50)).toEqual([]);
  });

  it('has a unique title and description', () => {
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    const problems: string[] = [];
    for (const page of pages) {
      if (page.path.endsWith('404.html')) continue;
      const title = /<title>([^<]+)<\/title>/.exec(page.html)?.[1];
      const description = /<meta name="description" content="([^"]+)"/.exec(page.html)?.[1];
      if (!title || title.length < 10) problems.push(`${page.path}: title missing or short`);
      if (!description || description.length < 50) problems.push(`${page.path}: description missing or short`);
      if (title && titles.has(title)) problems.push(`${page.path}: same title as ${titles.get(title)}`);
      if (description && descriptions.has(description))
        problems.push(`${page.path}: same description as ${descriptions.get(description)}`);
      if (title) titles.set(title, page.path);
      if (description) descriptions.set(description, page.path);
      if (!/<link rel="canonical" href="https?:\/\/[^"]+">/.test(page.html))
        problems.push(`${page.path}: no canonical`);
      if (!/<meta property="og:title" content="[^"]+">/.test(page.html)) problems.push(`${page.path}: no og:title`);
    }
    expect(problems).toEqual([]);
  });

  it('every page has one <main> and a single h1', () => {
    for (const page of pages) {
      expect(page.html.match(/<main[\s>]/g)?.length, page.path).toBe(1);
      expect(page.html.match(/<h1[\s>]/g)?.length, page.path).toBe(1);
    }
  });
});

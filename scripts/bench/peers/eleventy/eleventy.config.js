// Eleventy peer: Markdown with footnotes and heading ids, one collection of essays, a page per category.
import markdownItAnchor from 'markdown-it-anchor';
import markdownItFootnote from 'markdown-it-footnote';

export default function (eleventyConfig) {
  eleventyConfig.amendLibrary('md', (md) => md.use(markdownItFootnote).use(markdownItAnchor));
  eleventyConfig.addCollection('essays', (api) => api.getFilteredByGlob('essays/*.md').sort((a, b) => b.date - a.date));
  eleventyConfig.addCollection('categories', (api) => [...new Set(api.getFilteredByGlob('essays/*.md').map((essay) => essay.data.category))]);
  eleventyConfig.addFilter('inCategory', (essays, name) => essays.filter((essay) => essay.data.category === name));
  eleventyConfig.ignores.add('README.md');
}

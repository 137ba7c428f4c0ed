// The listener hears what the reader sees: every visible text in an essay body lies inside a spoken block
// ([data-say]) or inside an element on the one skip list (UNSPOKEN in src/lib/essay-body/spoken-blocks.ts).
import type { Element, ElementContent, Root } from 'hast';
import { UNSPOKEN, type SegmentOptions } from '../../src/lib/essay-body/spoken-blocks.ts';

export interface Coverage {
  /** How many non-blank text nodes were checked, so that a check of nothing cannot pass. */
  checked: number;
  /** Text that is neither spoken nor skipped under a rule, trimmed. */
  unspoken: string[];
}

export function spokenCoverage(body: Element, options: SegmentOptions): Coverage {
  const coverage: Coverage = { checked: 0, unspoken: [] };
  const walk = (nodes: readonly ElementContent[], covered: boolean): void => {
    for (const node of nodes) {
      if (node.type === 'text' && node.value.trim()) {
        coverage.checked += 1;
        if (!covered) coverage.unspoken.push(node.value.trim());
      } else if (node.type === 'element') {
        const skipped = UNSPOKEN.some((rule) => rule.applies(node, options));
        walk(node.children, covered || skipped || node.properties.dataSay !== undefined);
      }
    }
  };
  walk(body.children, false);
  return coverage;
}

/** The element marked data-essay-body in a built page. */
export function essayBodyOf(page: Root): Element | undefined {
  const search = (nodes: readonly (Root['children'][number] | ElementContent)[]): Element | undefined => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.properties.dataEssayBody !== undefined) return node;
      const found = search(node.children);
      if (found) return found;
    }
    return undefined;
  };
  return search(page.children);
}

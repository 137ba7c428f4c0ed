// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { accessibleName, openingWords, placeBeside } from '../../../src/client/read-along/block-place.ts';
import { essayPage, layOut } from '../../support/essay-page.ts';

const block = (html: string): HTMLElement => {
  const element = document.createElement('p');
  element.innerHTML = html;
  return element;
};

describe('openingWords', () => {
  it('is the first six words of a longer block, with an ellipsis', () =>
    expect(openingWords(block('When you read, you are the only one who hears the voice.'))).toBe(
      'When you read, you are the…',
    ));
  it('is the whole of a block of six words or fewer, without an ellipsis', () =>
    expect(openingWords(block('Why we read aloud'))).toBe('Why we read aloud'));
  it('reads through inline markup and collapses line breaks', () =>
    expect(openingWords(block('  When <em>you</em>\n   read, <a href="#n1">you</a> are'))).toBe(
      'When you read, you are',
    ));
  it('leaves out the words of a list item’s own Play from here button', () => {
    const item = document.createElement('li');
    item.innerHTML = '<button class="play-from-here">Play from here</button>Listening while walking';
    expect(openingWords(item)).toBe('Listening while walking');
  });
});

describe('accessibleName', () => {
  it('says which block the button plays from', () =>
    expect(accessibleName(block('When you read, you are the only one who hears.'))).toBe(
      'Play from here: When you read, you are the…',
    ));
});

describe('placeBeside', () => {
  it('puts each button level with its block, measured from the top of the essay body', () => {
    const { body, blocks } = essayPage();
    const [heading, paragraph] = blocks as [HTMLElement, HTMLElement];
    layOut(body, 200, 2000);
    layOut(heading, 200);
    layOut(paragraph, 260);
    const buttons = [document.createElement('button'), document.createElement('button')];
    placeBeside(
      [
        [heading, buttons[0]!],
        [paragraph, buttons[1]!],
      ],
      body,
    );
    expect(buttons.map((button) => button.style.getPropertyValue('--top'))).toEqual(['0px', '60px']);
  });
  it('gives each button its block’s line height, to centre it on the first line', () => {
    const { body, blocks } = essayPage();
    const paragraph = blocks[1]!;
    paragraph.style.lineHeight = '28px';
    const button = document.createElement('button');
    placeBeside([[paragraph, button]], body);
    expect(button.style.getPropertyValue('--line')).toBe('28px');
  });
});

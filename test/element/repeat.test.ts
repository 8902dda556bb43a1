import {expect} from '@open-wc/testing';
import {html, render} from 'lit';
import {repeat} from '../../src/element/repeat.js';

function list(container: HTMLElement, keys: readonly string[]): void {
  render(
    html`<ol>
      ${repeat(
        keys,
        (key) => key,
        (key) => html`<li>${key}</li>`,
      )}
    </ol>`,
    container,
  );
}

function comments(container: HTMLElement): number {
  const ol = container.querySelector('ol')!;
  return [...ol.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE).length;
}

describe('repeat()', () => {
  it('leaves no marker behind for the items it drops', () => {
    const container = document.createElement('div');
    list(container, ['a', 'b', 'c', 'd']);
    const markers = comments(container);
    for (let round = 0; round < 20; round++) {
      list(container, round % 2 ? ['a', 'b', 'c', 'd'] : ['d', 'b']);
      list(container, ['a', 'b', 'c', 'd']);
    }
    expect(comments(container)).to.equal(markers);
  });

  it('keeps the element of each key, wherever the key moves', () => {
    const container = document.createElement('div');
    list(container, ['a', 'b', 'c']);
    const [a, , c] = container.querySelectorAll('li');
    list(container, ['c', 'x', 'a']);
    const after = [...container.querySelectorAll('li')];
    expect(after.map((li) => li.textContent)).to.deep.equal(['c', 'x', 'a']);
    expect(after[0]).to.equal(c);
    expect(after[2]).to.equal(a);
  });

  it('draws nothing for an empty list, and draws again after it', () => {
    const container = document.createElement('div');
    list(container, ['a', 'b']);
    list(container, []);
    expect(container.querySelectorAll('li')).to.have.length(0);
    list(container, ['b']);
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['b']);
  });
});

import {expect} from '@open-wc/testing';
import {accessibilityTree} from '../gestures.js';
import {referenceAt} from './helpers.js';

describe("Chromium's accessibility tree", () => {
  it('names each option by its date and title, a comma between, and describes it by category', async () => {
    await referenceAt(1280);
    const options = (await accessibilityTree()).filter((node) => node.role === 'option');
    expect(options.map((node) => node.name)).to.deep.equal([
      '1974, Pleven Medical University founded',
      '2007, Da Vinci surgical robot at Pleven',
      'July 2014, Joint HIFU clinical study application',
      'November 2017, Student exchange agreement signed',
    ]);
    expect(options.map((node) => node.description)).to.deep.equal([
      'Pleven Medical University',
      'Pleven Medical University',
      'Chongqing Medical University',
      'Chongqing Medical University',
    ]);
  });
});

import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components';
import manifest from '../dist/custom-elements.json';

// The Docs pages read attributes, events, parts and custom properties from the manifest that
// `npm run analyze` generates from the element's JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: {expanded: true},
    // Accessibility violations fail the story's test instead of only being listed.
    a11y: {test: 'error'},
  },
};

export default preview;

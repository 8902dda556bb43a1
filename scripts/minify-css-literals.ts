import type {Plugin} from 'vite';

/**
 * Strips comments and needless whitespace from the static text of the `css` templates in
 * `src/styles/`: they are a fifth of the bundle, half of it comments, and JS minifiers leave
 * template text alone. Quoted strings are kept as written, except attribute values that are
 * plain names (`[part~='axis']` becomes `[part~=axis]`). Space after a colon goes, space before
 * one stays: there it may be a descendant combinator (`.plot :focus`). Around a `${…}` only runs
 * of space are shortened, never removed, so `calc(a + ${b})` keeps the spaces calc needs.
 */
export function minifyCssLiterals(): Plugin {
  const space = String.raw`(?:\s|/\*[\s\S]*?\*/)`;
  const token = new RegExp(
    [
      String.raw`=(['"])([A-Za-z_-][\w-]*)\1\]`,
      String.raw`('[^']*'|"[^"]*")`,
      String.raw`${space}*([{};,])${space}*`,
      String.raw`(:)${space}+`,
      String.raw`${space}+`,
    ].join('|'),
    'g',
  );
  const minify = (text: string) =>
    text
      .replace(
        token,
        (_match, _quote, name?: string, quoted?: string, punctuation?: string, colon?: string) =>
          name ? `=${name}]` : (quoted ?? punctuation ?? colon ?? ' '),
      )
      .replaceAll(';}', '}');
  return {
    name: 'partner-timeline:minify-css-literals',
    transform(code, id) {
      if (!/[/\\]src[/\\]styles[/\\][^/\\]+\.ts$/.test(id)) return null;
      const minified = code.replace(
        /\bcss`((?:[^`$]|\$\{[^}`]*\}|\$(?!\{))*)`/g,
        (_match, text: string) => {
          const pieces = text.split(/(\$\{[^}`]*\})/);
          const out = pieces.map((piece, i) => (i % 2 ? piece : minify(piece)));
          return `css\`${out.join('').trim()}\``;
        },
      );
      return {code: minified, map: null};
    },
  };
}

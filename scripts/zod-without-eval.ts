// Build plugin: ships zod without its string-evaluating fast path.
//
// zod 4 probes `new Function("")` when the first z.object is built and, where that works, compiles
// object parsers from source text. Extension pages forbid eval, so in the extension the probe only
// throws and the browser reports a CSP violation for every page that loads zod; and Mozilla's
// addons-linter flags the bundle (DANGEROUS_EVAL), which add-on review asks about. Deskside never
// needs the fast path, so the probe becomes `false` and the compiler a throw: the shipped code holds
// no eval at all, and parsing is zod's ordinary interpreter, the same one that runs today.
//
// Each replacement must match exactly once in its file: a zod upgrade that moves the code fails the
// build here instead of quietly shipping eval again.
import type { Plugin } from 'vite';

interface Patch {
  file: RegExp;
  from: string;
  to: string;
}

const PATCHES: Patch[] = [
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    from: 'const F = Function;\n        new F("");\n        return true;',
    to: 'return false;',
  },
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/,
    from: 'const F = Function;\n        const content',
    to: 'throw new Error("zod\'s eval compiler is not shipped in Deskside");\n        const content',
  },
];

export function zodWithoutEval(): Plugin {
  return {
    name: 'deskside:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      const patch = PATCHES.find((p) => p.file.test(id));
      if (!patch) return null;
      const at = code.indexOf(patch.from);
      if (at < 0 || code.indexOf(patch.from, at + 1) >= 0) {
        throw new Error(`zod-without-eval: ${id} no longer holds the expected eval code once; update scripts/zod-without-eval.ts`);
      }
      return { code: code.replace(patch.from, patch.to), map: null };
    },
  };
}

import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula({}, [{ x: -2 }, { x: 0 }, { x: 3.5 }], ({ x }) => Math.max(0, x), [['x & \\text{if } x > 0', '-x & \\text{if } x > 0']]),
] satisfies Check[];

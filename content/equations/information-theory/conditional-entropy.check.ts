import { type Check, formula } from '../../../src/lib/verification';
import { H_X, H_XY, variables } from '../../../src/verification/reference';

export default [
  formula({ sides: [2] }, [variables], () => H_XY - H_X, [['\\log p(y \\mid x)', '\\log p(x \\mid y)']]),
  // The chain rule, against the joint entropy computed cell by cell.
  formula({ block: 1 }, [variables], () => H_XY, [['H(Y \\mid X)', 'H(X \\mid Y)']]),
] satisfies Check[];

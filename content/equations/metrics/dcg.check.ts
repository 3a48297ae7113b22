import { type Check, formula } from '../../../src/lib/verification';
import { dcg, rankings } from '../../../src/verification/reference';

export default [
  ...rankings.flatMap(({ rel, k }) => [
    // Järvelin & Kekäläinen (2002) with the log2(rank + 1) discount (scikit-learn's dcg_score).
    formula({}, [{ rel, k }], () => dcg(rel, k, (r) => r), [['\\log_{2}(i + 1)', '\\log_{2}(i + 2)']]),
    // Burges et al. (2005): exponential gain 2^rel − 1.
    formula({ block: 1 }, [{ rel, k }], () => dcg(rel, k, (r) => 2 ** r - 1), [['2^{\\mathrm{rel}_i} - 1', '2^{\\mathrm{rel}_i}']]),
  ]),
] satisfies Check[];

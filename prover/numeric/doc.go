// Package numeric defines numeric profiles and the matrix-multiply kernels that
// honour them.
//
// A Profile fixes everything that changes the bits of a GEMM result: the
// precision operands are rounded to before multiplication (f32, bf16, tf32,
// fp16, round-to-nearest-even, as tensor cores do), the accumulator type (f32
// or f64), the reduction order over the inner dimension (sequential,
// pairwise, N lanes, K-blocked, split-K over N goroutines combined in a fixed
// order) and whether multiply-add is fused. Within one profile the result is
// bit-for-bit repeatable: parallelism only partitions output elements, never
// a reduction, so GOMAXPROCS does not change the bits.
//
// A profile also fixes the kernels a training framework brings besides the
// GEMM, which a foreign trainer (PyTorch on CPU) runs in float32 where ovig's
// default runs float64: softmax and log-softmax (sm), bias-gradient column sums
// (bias), the loss's mean over the batch (loss) and the optimizer's update (opt).
// Their defaults leave the name unchanged; other values append "/sm=f32" etc.
//
// The default profile, f32/acc=f32/red=seq/fma=off, runs on a fast tiled
// kernel whose results equal the scalar sequential reference bit for bit.
//
// A Policy is what a training manifest declares (operand precision and
// accumulation); Policy.HonestProfiles lists the profiles a replayer may use
// under it.
package numeric

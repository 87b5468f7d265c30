// Package nn is a small reverse-mode autodiff library over dense row-major
// tensors: linear, conv2d (im2col + GEMM), max/avg pooling, embedding, layer
// norm, GELU/ReLU/SiLU, multi-head causal self-attention, softmax
// cross-entropy and MSE.
//
// It is generic over float32 and float64. Workloads run in float32 with every
// matrix product routed through a numeric.Profile (NewGraph32), so the
// profile alone decides how GEMM results round; the float64 instantiation
// (NewGraph64) exists to check every backward against finite differences.
// Everything else (elementwise maps, small reductions such as layer-norm
// statistics or softmax sums) runs in a fixed sequential order with float64
// accumulation, identically under every profile.
package nn

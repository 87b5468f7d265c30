// Package nn is a small reverse-mode autodiff library over dense row-major
// tensors: linear, conv2d (im2col + GEMM), max/avg pooling, embedding, layer
// norm, GELU/ReLU/SiLU, multi-head causal self-attention, softmax
// cross-entropy and MSE.
//
// It is generic over float32 and float64. Workloads run in float32 on a graph
// that follows a numeric.Profile (NewProfileGraph): the profile decides how GEMM
// results round and, through its framework fields, how softmax (loss and
// attention), bias-gradient column sums and the loss's batch mean are computed
// (float64 in a fixed order by default; float32 as PyTorch's CPU kernels
// otherwise). The float64 instantiation exists to check every backward against
// finite differences. Everything else (elementwise maps, layer-norm statistics)
// runs in a fixed sequential order with float64 accumulation under every
// profile.
package nn

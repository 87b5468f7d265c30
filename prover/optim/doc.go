// Package optim implements the optimizers (SGD with momentum, AdamW) and learning-rate
// schedules (constant, linear warmup then cosine decay) that training manifests name.
// Updates are computed per element in float64 and stored as float32, in a fixed order,
// so they are bit-for-bit repeatable; optimizer state round-trips through evidence
// tensors exactly.
package optim

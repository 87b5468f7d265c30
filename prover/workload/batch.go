package workload

// Batch is the input of one training step. Per-sample fields hold Len() rows; the ones a
// workload does not use are empty. Hooks may modify it in place.
type Batch struct {
	Indices []int     // dataset indices, one per sample
	Width   int       // values per sample in X and Noise
	X       []float32 // images (classifiers: [0,1]; diffusion: clean images in [-1,1])
	Labels  []int     // class labels (classifiers)
	Context int       // tokens per sample in Tokens and Targets
	Tokens  []int     // input token ids (language model)
	Targets []int     // next-token ids (language model)
	Noise   []float32 // diffusion: the noise to predict
	Times   []int     // diffusion: noise level of each sample
}

// Len is the number of samples.
func (b *Batch) Len() int { return len(b.Indices) }

// Keep drops every sample i for which keep(i) is false, from every per-sample field.
func (b *Batch) Keep(keep func(i int) bool) {
	n := 0
	for i := range b.Indices {
		if !keep(i) {
			continue
		}
		b.Indices[n] = b.Indices[i]
		move(b.X, b.Width, n, i)
		move(b.Noise, b.Width, n, i)
		move(b.Labels, 1, n, i)
		move(b.Times, 1, n, i)
		move(b.Tokens, b.Context, n, i)
		move(b.Targets, b.Context, n, i)
		n++
	}
	b.Indices = b.Indices[:n]
	b.X = trim(b.X, b.Width*n)
	b.Noise = trim(b.Noise, b.Width*n)
	b.Labels = trim(b.Labels, n)
	b.Times = trim(b.Times, n)
	b.Tokens = trim(b.Tokens, b.Context*n)
	b.Targets = trim(b.Targets, b.Context*n)
}

func move[T any](s []T, w, dst, src int) {
	if len(s) > 0 && dst != src {
		copy(s[dst*w:(dst+1)*w], s[src*w:(src+1)*w])
	}
}

func trim[T any](s []T, n int) []T {
	if len(s) == 0 {
		return s
	}
	return s[:n]
}

package infer

import (
	"testing"
	"time"

	"github.com/ovig/ovig/prover/workload"
)

// BenchmarkRecording serves the same test requests with and without a record, interleaved in
// one run, and reports recorded/plain (the latency overhead of recording: building the record,
// its canonical JSON and its leaf payload; the batch tree and the store's disk write are
// amortised over a batch and not included) and the record's size. Plain serving computes the
// same forward passes and discards the activations.
func BenchmarkRecording(b *testing.B) {
	for _, wl := range workload.Names() {
		b.Run(wl, func(b *testing.B) {
			tr, err := Train(sources(b), wl, 2, 1)
			if err != nil {
				b.Fatal(err)
			}
			w, err := tr.Open()
			if err != nil {
				b.Fatal(err)
			}
			reqs, err := TestRequests(tr.Job, w.Net, 8)
			if err != nil {
				b.Fatal(err)
			}
			s, err := NewServer(w, tr.Job.Policy().Reference(), nil)
			if err != nil {
				b.Fatal(err)
			}
			var plain, recorded time.Duration
			var size int
			b.ResetTimer()
			for i := range b.N {
				r := reqs[i%len(reqs)]
				t0 := time.Now()
				if _, _, _, err := s.answer(r); err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				rec, err := s.Serve(r)
				if err != nil {
					b.Fatal(err)
				}
				raw, err := rec.Encode()
				if err != nil {
					b.Fatal(err)
				}
				_ = Payload(raw)
				recorded += time.Since(t1)
				plain += t1.Sub(t0)
				size += len(raw)
			}
			b.ReportMetric(float64(recorded)/float64(plain), "recorded/plain")
			b.ReportMetric(float64(size)/float64(b.N), "record-B")
			b.ReportMetric(float64(plain.Microseconds())/float64(b.N), "plain-µs")
		})
	}
}

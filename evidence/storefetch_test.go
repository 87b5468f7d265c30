package evidence_test

import (
	"errors"
	"testing"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/evidence/evidencetest"
)

func TestStoreFetchEndpointChecksTheAnchor(t *testing.T) {
	s := openStore(t, t.TempDir())
	b := evidencetest.Bundle(1, testChunk, 700, 300)
	if err := s.Put("job-1", 1, b); err != nil {
		t.Fatal(err)
	}
	ref := evidence.EndpointRef{Job: "job-1", Endpoint: 1}
	a := b.Commitment.Anchor()
	mh := b.Commitment.ManifestHash
	got, err := s.FetchEndpoint(t.Context(), ref, a, mh)
	if err != nil {
		t.Fatal(err)
	}
	if got.Endpoint.Metadata.Endpoint != 1 || got.Manifest == nil || got.Leaves == nil {
		t.Fatalf("fetched %+v", got)
	}
	wrongRoot := a
	wrongRoot.Root[0] ^= 1
	wrongCount := a
	wrongCount.LeafCount++
	cases := []struct {
		name    string
		ref     evidence.EndpointRef
		a       evidence.Anchor
		mh      evidence.Hash32
		outcome error
	}{
		{"missing endpoint", evidence.EndpointRef{Job: "job-1", Endpoint: 2}, a, mh, evidence.ErrUnavailable},
		{"other root", ref, wrongRoot, mh, evidence.ErrInvalid},
		{"other leaf count", ref, wrongCount, mh, evidence.ErrInvalid},
		{"other manifest", ref, a, evidence.Keccak256([]byte("x")), evidence.ErrInvalid},
	}
	for _, c := range cases {
		_, err := s.FetchEndpoint(t.Context(), c.ref, c.a, c.mh)
		var fe *evidence.FetchError
		if !errors.Is(err, c.outcome) || !errors.As(err, &fe) {
			t.Errorf("%s: %v, want a FetchError wrapping %v", c.name, err, c.outcome)
		}
	}
}

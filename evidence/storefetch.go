package evidence

import (
	"context"
	"errors"
)

// FetchEndpoint reads a stored endpoint the way Client.FetchEndpoint fetches a remote one: the
// bundle must reproduce the anchor and the manifest hash, and failures carry the same typed
// outcomes. Audits (ovig replay) thus run unchanged over a local store.
func (s *Store) FetchEndpoint(ctx context.Context, ref EndpointRef, a Anchor, manifestHash Hash32) (*Fetched, error) {
	fail := func(outcome, err error) (*Fetched, error) {
		return nil, &FetchError{Outcome: outcome, Op: "endpoint " + ref.String(), URL: "file://" + s.root, Attempts: 1, Err: err}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	b, err := s.Load(ref.Job, ref.Endpoint)
	switch {
	case errors.Is(err, ErrNotFound):
		return fail(ErrUnavailable, err)
	case err != nil:
		return fail(ErrInvalid, err)
	}
	if b.Commitment.Root() != a.Root || b.Commitment.LeafCount() != a.LeafCount {
		return fail(ErrInvalid, invalid("stored root %s (%d leaves), anchor %s (%d leaves)",
			b.Commitment.Root(), b.Commitment.LeafCount(), a.Root, a.LeafCount))
	}
	if b.Commitment.ManifestHash != manifestHash {
		return fail(ErrInvalid, invalid("stored manifest hash %s, want %s", b.Commitment.ManifestHash, manifestHash))
	}
	m, err := DecodeCanonicalManifest(b.ManifestJSON)
	if err != nil {
		return fail(ErrMalformed, err)
	}
	return &Fetched{Manifest: m, ManifestJSON: b.ManifestJSON, Leaves: b.Commitment.LeafList(), Endpoint: b.Endpoint}, nil
}

package arbiter

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/ovig/ovig/chain"
)

func TestPoolAdd(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	p := NewPool(f.reg)
	s := f.sign(t, f.keys[0], f.v)
	e, err := p.Add(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if e.Signer != f.reg.arbiters["1"][0] || e.Digest != f.v.Digest(f.reg.chainID, f.reg.address) {
		t.Fatalf("entry signer %s digest %s", e.Signer, e.Digest)
	}
	if _, err := p.Add(ctx, s); err != nil {
		t.Fatalf("re-adding the same signature: %v", err)
	}
	if n := len(p.Entries(big.NewInt(7))); n != 1 {
		t.Fatalf("%d entries after a duplicate, want 1", n)
	}
	select {
	case <-p.Added():
		if ids := p.Changed(); len(ids) != 1 || ids[0].Int64() != 7 {
			t.Fatalf("changed disputes %v", ids)
		}
	default:
		t.Fatal("no notification")
	}
	if ids := p.Changed(); len(ids) != 0 {
		t.Fatalf("changed disputes %v after they were taken", ids)
	}

	other := f.honest()
	if _, err := p.Add(ctx, f.sign(t, f.keys[0], other)); !errors.Is(err, ErrConflict) {
		t.Fatalf("second verdict by the same arbiter: %v, want ErrConflict", err)
	}

	bad := []struct {
		name string
		s    Signed
	}{
		{"outsider", f.sign(t, f.out, f.v)},
		{"garbage signature", Signed{Verdict: f.v, Signature: bytes.Repeat([]byte{7}, 65)}},
		{"short signature", Signed{Verdict: f.v, Signature: []byte{1, 2}}},
		{"signature over another verdict", Signed{Verdict: f.v, Signature: f.sign(t, f.keys[1], other).Signature}},
	}
	wrongRoot := f.v
	wrongRoot.Root = [32]byte{0xff}
	bad = append(bad, struct {
		name string
		s    Signed
	}{"root not recorded", f.sign(t, f.keys[1], wrongRoot)})
	unknown := f.v
	unknown.DisputeID = big.NewInt(8)
	bad = append(bad, struct {
		name string
		s    Signed
	}{"unknown dispute", f.sign(t, f.keys[1], unknown)})
	within := f.v
	within.Distance = within.Boundary
	bad = append(bad, struct {
		name string
		s    Signed
	}{"fraud within the boundary", f.sign(t, f.keys[1], within)})
	beyond := f.honest()
	beyond.Distance = new(big.Int).Add(beyond.Boundary, big.NewInt(1))
	bad = append(bad, struct {
		name string
		s    Signed
	}{"honest beyond the boundary", f.sign(t, f.keys[1], beyond)})
	zero := f.v
	zero.Outcome = 0
	bad = append(bad, struct {
		name string
		s    Signed
	}{"outcome 0", f.sign(t, f.keys[1], zero)})
	for _, b := range bad {
		if _, err := p.Add(ctx, b.s); !errors.Is(err, ErrRejected) {
			t.Errorf("%s: %v, want ErrRejected", b.name, err)
		}
	}
	if n := len(p.Entries(big.NewInt(7))); n != 1 {
		t.Fatalf("%d entries after rejected ones, want 1", n)
	}
	// A resolved dispute collects no more signatures.
	f.reg.setDispute("7", chain.DisputeStatusResolved)
	if _, err := p.Add(ctx, f.sign(t, f.keys[2], f.v)); !errors.Is(err, ErrClosed) {
		t.Fatalf("signature for a resolved dispute: %v, want ErrClosed", err)
	}
	// Nor does a lapsed one.
	f.reg.setDispute("7", chain.DisputeStatusLapsed)
	if _, err := p.Add(ctx, f.sign(t, f.keys[2], f.v)); !errors.Is(err, ErrClosed) {
		t.Fatalf("signature for a lapsed dispute: %v, want ErrClosed", err)
	}
}

func TestQuorum(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	p := NewPool(f.reg)
	add := func(i int, v chain.Verdict) {
		t.Helper()
		if _, err := p.Add(ctx, f.sign(t, f.keys[i], v)); err != nil {
			t.Fatal(err)
		}
	}
	honest := f.honest()
	add(0, f.v)
	add(1, honest)
	if _, _, _, ok := Quorum(p.Entries(big.NewInt(7)), 2); ok {
		t.Fatal("quorum from two different verdicts")
	}
	add(2, f.v)
	v, d, sigs, ok := Quorum(p.Entries(big.NewInt(7)), 2)
	if !ok || v.Outcome != chain.OutcomeFraud || len(sigs) != 2 || d != f.v.Digest(f.reg.chainID, f.reg.address) {
		t.Fatalf("quorum = %d %s %d sigs %v", v.Outcome, d, len(sigs), ok)
	}
	// Duplicate entries of one signer count once.
	e := p.Entries(big.NewInt(7))
	if _, _, _, ok := Quorum([]Entry{e[0], e[0], e[1]}, 2); ok {
		t.Fatal("one signer counted twice")
	}
	// With threshold 1 both verdicts qualify: the better-signed one wins.
	if v, _, _, _ := Quorum(e, 1); v.Outcome != chain.OutcomeFraud {
		t.Fatalf("threshold 1 picked outcome %d", v.Outcome)
	}
	if _, _, _, ok := Quorum(e, 0); ok {
		t.Fatal("threshold 0 gave a quorum")
	}
}

func TestHandler(t *testing.T) {
	f := newFixture(t)
	p := NewPool(f.reg)
	srv := httptest.NewServer(NewHandler(p, zerolog.Nop()))
	defer srv.Close()
	post := func(path string, body []byte) int {
		t.Helper()
		resp, err := http.Post(srv.URL+path, "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	enc := func(s Signed) []byte {
		b, err := json.Marshal(toJSON(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	path := "/v1/challenges/7/signatures"
	good := f.sign(t, f.keys[1], f.v)
	badSig := good
	badSig.Signature = bytes.Repeat([]byte{3}, 65)
	for _, tc := range []struct {
		name string
		path string
		body []byte
		want int
	}{
		{"bad signature", path, enc(badSig), http.StatusForbidden},
		{"non-arbiter", path, enc(f.sign(t, f.out, f.v)), http.StatusForbidden},
		{"oversized body", path, append(enc(good), bytes.Repeat([]byte(" "), MaxSignatureBody)...), http.StatusRequestEntityTooLarge},
		{"not json", path, []byte("{"), http.StatusBadRequest},
		{"unknown field", path, []byte(`{"junk":1}`), http.StatusBadRequest},
		{"other dispute in path", "/v1/challenges/8/signatures", enc(good), http.StatusBadRequest},
		{"bad id", "/v1/challenges/x/signatures", enc(good), http.StatusBadRequest},
		{"good", path, enc(good), http.StatusNoContent},
		{"again", path, enc(good), http.StatusNoContent},
	} {
		if got := post(tc.path, tc.body); got != tc.want {
			t.Errorf("%s: status %d, want %d", tc.name, got, tc.want)
		}
	}
	if got := post(path, enc(f.sign(t, f.keys[1], f.honest()))); got != http.StatusConflict {
		t.Errorf("conflicting verdict: status %d, want 409", got)
	}

	// A peer reads back exactly what was stored, and can post through the client.
	peer, err := NewPeer(srv.URL, srv.Client())
	if err != nil {
		t.Fatal(err)
	}
	if err := peer.Post(context.Background(), f.sign(t, f.keys[2], f.v)); err != nil {
		t.Fatal(err)
	}
	if err := peer.Post(context.Background(), f.sign(t, f.out, f.v)); err == nil || !strings.Contains(err.Error(), "403") {
		t.Fatalf("outsider post through the client: %v", err)
	}
	got, err := peer.Fetch(context.Background(), big.NewInt(7))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !bytes.Equal(got[0].Signature, good.Signature) {
		t.Fatalf("fetched %d signatures", len(got))
	}
	g := got[0].Verdict
	if g.Digest(f.reg.chainID, f.reg.address) != f.v.Digest(f.reg.chainID, f.reg.address) {
		t.Fatal("verdict changed on the wire")
	}
	if _, err := NewPeer("ftp://x", nil); err == nil {
		t.Fatal("ftp peer accepted")
	}
}

package serve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
)

// verdictsRoute is where an arbiter serves the inference verdicts it signed, by dispute id.
const verdictsRoute = "/v1/inference/verdicts/"

// BoardHandler serves a board's verdicts (GET /v1/inference/verdicts/{dispute}) so that peers
// can pull them; nothing can be posted to it from outside.
func BoardHandler(b Board) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+verdictsRoute+"{id}", func(w http.ResponseWriter, r *http.Request) {
		id, ok := new(big.Int).SetString(r.PathValue("id"), 10)
		if !ok || id.Sign() <= 0 {
			http.Error(w, "dispute id: want a positive decimal number", http.StatusBadRequest)
			return
		}
		vs, err := b.Fetch(r.Context(), id)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(vs)
	})
	return mux
}

// PeerBoard is an arbiter's board across processes: its own verdicts are kept locally (and served
// with BoardHandler), the others' are pulled from the peers' handlers. A peer that is down only
// delays the quorum.
type PeerBoard struct {
	Local  Board
	Peers  []string // base URLs of the other arbiters' board handlers
	Client *http.Client
}

// Post keeps an own verdict for the peers to pull.
func (b *PeerBoard) Post(ctx context.Context, s SignedVerdict) error { return b.Local.Post(ctx, s) }

// Fetch returns the local verdicts and whatever the reachable peers hold for the dispute; the
// peers' errors are joined but do not hide what was fetched.
func (b *PeerBoard) Fetch(ctx context.Context, id *big.Int) ([]SignedVerdict, error) {
	out, err := b.Local.Fetch(ctx, id)
	if err != nil {
		return nil, err
	}
	hc := b.Client
	if hc == nil {
		hc = http.DefaultClient
	}
	var errs []error
	for _, p := range b.Peers {
		vs, err := fetchPeer(ctx, hc, strings.TrimRight(p, "/")+verdictsRoute+id.String())
		if err != nil {
			errs = append(errs, fmt.Errorf("peer %s: %w", p, err))
			continue
		}
		out = append(out, vs...)
	}
	return out, errors.Join(errs...)
}

func fetchPeer(ctx context.Context, hc *http.Client, url string) ([]SignedVerdict, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	// Verdicts are small; a peer cannot make us read more than this.
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s", resp.Status, strings.TrimSpace(string(body)))
	}
	var vs []SignedVerdict
	if err := json.Unmarshal(body, &vs); err != nil {
		return nil, err
	}
	return vs, nil
}

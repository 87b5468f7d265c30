package evidence

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// Sleeper waits between retries; tests inject one that does not sleep for real.
type Sleeper interface {
	Sleep(ctx context.Context, d time.Duration) error
}

type realSleeper struct{}

func (realSleeper) Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Defaults of ClientOptions.
const (
	DefaultRequestTimeout  = 30 * time.Second
	DefaultRequestDeadline = 2 * time.Minute
	DefaultTotalTimeout    = 10 * time.Minute
)

// ClientOptions configures a Client. Zero values pick the defaults noted.
type ClientOptions struct {
	// HTTPClient defaults to a client whose transport caps response headers at 64 KiB. Its
	// redirect policy is replaced in any case: the client never follows a redirect.
	HTTPClient *http.Client
	// RequestTimeout bounds each request until its headers arrive and, for streams, every
	// wait for the next chunk (an idle timeout, so a stalled stream fails). Default 30 s.
	RequestTimeout time.Duration
	// RequestDeadline bounds each request as a whole, body included, however steadily a
	// server trickles it (a stream cut short resumes at its first unverified chunk on the next
	// attempt). Default 2 min; negative: none.
	RequestDeadline time.Duration
	// TotalTimeout bounds a whole FetchEndpoint, retries and backoff included (in addition to
	// ctx). Default 10 min; negative: ctx only.
	TotalTimeout time.Duration
	// MaxAttempts per request, counting the first. Default 5.
	MaxAttempts int
	// Backoff before retry n (n >= 1) is min(BaseBackoff*2^(n-1), MaxBackoff), of which the
	// upper half is jittered. Defaults 250 ms and 8 s.
	BaseBackoff, MaxBackoff time.Duration
	Sleeper                 Sleeper
	// Jitter returns a duration in [0, max); default uniform random.
	Jitter func(max time.Duration) time.Duration
	// Caps, if non-zero, tighten the limits a manifest declares (a client may trust its own
	// limits more than the owner's).
	Caps Limits
}

// Client fetches evidence from a provider and verifies every byte against what the caller
// trusts (the root and leaf count from the chain, the manifest hash from the job).
type Client struct {
	base string
	http *http.Client
	opts ClientOptions
}

// NewClient returns a client for the evidence server at baseURL (e.g. "http://host:port").
func NewClient(baseURL string, opts ClientOptions) (*Client, error) {
	u, err := url.Parse(baseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("evidence client: base URL %q is not an http(s) URL", baseURL)
	}
	if opts.HTTPClient == nil {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxResponseHeaderBytes = 64 << 10
		opts.HTTPClient = &http.Client{Transport: tr}
	}
	// A provider's server must not make verifiers request other URLs (another host, a
	// metadata service, a victim): answer a redirect with the 3xx itself, which get refuses.
	hc := *opts.HTTPClient
	hc.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	opts.HTTPClient = &hc
	if opts.RequestTimeout <= 0 {
		opts.RequestTimeout = DefaultRequestTimeout
	}
	if opts.RequestDeadline == 0 {
		opts.RequestDeadline = DefaultRequestDeadline
	}
	if opts.TotalTimeout == 0 {
		opts.TotalTimeout = DefaultTotalTimeout
	}
	if opts.MaxAttempts <= 0 {
		opts.MaxAttempts = 5
	}
	if opts.BaseBackoff <= 0 {
		opts.BaseBackoff = 250 * time.Millisecond
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = 8 * time.Second
	}
	if opts.Sleeper == nil {
		opts.Sleeper = realSleeper{}
	}
	if opts.Jitter == nil {
		opts.Jitter = func(max time.Duration) time.Duration {
			if max <= 0 {
				return 0
			}
			return rand.N(max)
		}
	}
	return &Client{base: strings.TrimRight(baseURL, "/"), http: opts.HTTPClient, opts: opts}, nil
}

// Backoff returns the wait before retry n (n >= 1).
func (c *Client) Backoff(n int) time.Duration {
	d := c.opts.MaxBackoff
	if n-1 < 30 {
		d = min(c.opts.BaseBackoff<<(n-1), c.opts.MaxBackoff)
	}
	return d/2 + c.opts.Jitter(d/2+1)
}

// Internal markers steering retries; neither leaks as an outcome.
var (
	errPermanent = errors.New("not worth retrying")
	errTruncated = errors.New("truncated")
)

func retryable(err error) bool {
	if errors.Is(err, errPermanent) || errors.Is(err, ErrInvalid) {
		return false
	}
	return !errors.Is(err, ErrMalformed) || errors.Is(err, errTruncated)
}

// retry runs attempt until it succeeds, fails for good, or attempts or ctx run out, and
// wraps the last error in a FetchError.
func (c *Client) retry(ctx context.Context, op, path string, attempt func(ctx context.Context) error) error {
	var last error
	n := 0
	for {
		n++
		last = attempt(ctx)
		if last == nil {
			return nil
		}
		if !retryable(last) || n >= c.opts.MaxAttempts || ctx.Err() != nil {
			break
		}
		if err := c.opts.Sleeper.Sleep(ctx, c.Backoff(n)); err != nil {
			last = errors.Join(last, err)
			break
		}
	}
	outcome := outcomeOf(last)
	if ctx.Err() != nil && outcome == ErrMalformed && errors.Is(last, errTruncated) {
		outcome = ErrUnavailable
	}
	return &FetchError{Outcome: outcome, Op: op, URL: c.base + path, Attempts: n, Err: last}
}

// exchange is one HTTP GET with an idle timer: it cancels the request when no progress is
// reported (via the returned touch) within RequestTimeout.
type exchange struct {
	resp     *http.Response
	touch    func()
	timedOut *atomic.Bool
	expired  func() bool // the request's own deadline passed
	deadline time.Duration
	done     func()
}

func (c *Client) get(ctx context.Context, path string) (*exchange, error) {
	parent := ctx
	var cancel context.CancelFunc
	if c.opts.RequestDeadline > 0 {
		ctx, cancel = context.WithTimeout(ctx, c.opts.RequestDeadline)
	} else {
		ctx, cancel = context.WithCancel(ctx)
	}
	expired := func() bool {
		return parent.Err() == nil && errors.Is(ctx.Err(), context.DeadlineExceeded)
	}
	var timedOut atomic.Bool
	timer := time.AfterFunc(c.opts.RequestTimeout, func() { timedOut.Store(true); cancel() })
	done := func() { timer.Stop(); cancel() }
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+path, nil)
	if err != nil {
		done()
		return nil, fmt.Errorf("%w: %w", errPermanent, err)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		done()
		if timedOut.Load() {
			return nil, fmt.Errorf("no response within %v: %w", c.opts.RequestTimeout, err)
		}
		if expired() {
			return nil, fmt.Errorf("no response within the request deadline of %v: %w", c.opts.RequestDeadline, err)
		}
		return nil, err
	}
	x := &exchange{resp: resp, touch: func() { timer.Reset(c.opts.RequestTimeout) }, timedOut: &timedOut,
		expired: expired, deadline: c.opts.RequestDeadline, done: func() { resp.Body.Close(); done() }}
	switch {
	case resp.StatusCode == http.StatusOK:
		return x, nil
	case resp.StatusCode >= 300 && resp.StatusCode < 400:
		x.done()
		return nil, fmt.Errorf("%w: status %s redirects to %q: refused, evidence is fetched only from the endpoint the provider committed to",
			errPermanent, resp.Status, truncate(resp.Header.Get("Location"), 200))
	case resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusRequestTimeout:
		x.done()
		return nil, fmt.Errorf("status %s", resp.Status)
	default:
		x.done()
		return nil, fmt.Errorf("%w: status %s", errPermanent, resp.Status)
	}
}

// readErr classifies an error while reading a body.
func (x *exchange) readErr(what string, err error) error {
	if x.timedOut.Load() {
		return fmt.Errorf("read %s: stalled longer than the request timeout: %w", what, err)
	}
	if x.expired() {
		return fmt.Errorf("read %s: request deadline of %v exceeded: %w", what, x.deadline, err)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return fmt.Errorf("%w: %w: read %s: %w", ErrMalformed, errTruncated, what, err)
	}
	return fmt.Errorf("read %s: %w", what, err)
}

// readAll reads a whole body of at most max bytes.
func (x *exchange) readAll(what string, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(x.resp.Body, max+1))
	if err != nil {
		return nil, x.readErr(what, err)
	}
	if int64(len(b)) > max {
		return nil, malformed("%s larger than %d bytes", what, max)
	}
	return b, nil
}

// Manifest fetches the manifest and checks it against the trusted manifest hash.
func (c *Client) Manifest(ctx context.Context, ref EndpointRef, manifestHash Hash32) (*Manifest, []byte, error) {
	var m *Manifest
	var raw []byte
	path := ref.path("manifest")
	err := c.retry(ctx, "manifest", path, func(ctx context.Context) error {
		x, err := c.get(ctx, path)
		if err != nil {
			return err
		}
		defer x.done()
		b, err := x.readAll("manifest", MaxManifestBytes)
		if err != nil {
			return err
		}
		if h := Keccak256(b); h != manifestHash {
			return invalid("manifest hashes to %s, job says %s", h, manifestHash)
		}
		if m, err = DecodeCanonicalManifest(b); err != nil {
			return err
		}
		raw = b
		return nil
	})
	return m, raw, err
}

// limitsFor intersects the manifest's limits with the client's caps.
func (c *Client) limitsFor(m *Manifest) Limits {
	l := m.Limits
	capTo := func(v *uint64, limit uint64) {
		if limit != 0 && limit < *v {
			*v = limit
		}
	}
	capTo(&l.MaxEndpointBytes, c.opts.Caps.MaxEndpointBytes)
	capTo(&l.MaxTensorBytes, c.opts.Caps.MaxTensorBytes)
	capTo(&l.MaxLeaves, c.opts.Caps.MaxLeaves)
	capTo(&l.MaxMetadataBytes, c.opts.Caps.MaxMetadataBytes)
	return l
}

// maxLeafJSON bounds the JSON of one leaf: fixed fields plus a tensor name whose every byte
// may be escaped as \u00XX.
const maxLeafJSON = 512 + 6*maxNameLen

// Leaves fetches the leaf list and verifies it against the anchor (VerifyLeafList).
func (c *Client) Leaves(ctx context.Context, ref EndpointRef, a Anchor, lim Limits) (*LeafList, error) {
	path := ref.path("leaves")
	if a.LeafCount > lim.MaxLeaves {
		return nil, &FetchError{Outcome: ErrMalformed, Op: "leaves", URL: c.base + path,
			Err: fmt.Errorf("anchor has %d leaves, limit %d", a.LeafCount, lim.MaxLeaves)}
	}
	var list *LeafList
	err := c.retry(ctx, "leaves", path, func(ctx context.Context) error {
		x, err := c.get(ctx, path)
		if err != nil {
			return err
		}
		defer x.done()
		b, err := x.readAll("leaf list", int64(a.LeafCount)*maxLeafJSON+4096)
		if err != nil {
			return err
		}
		var l LeafList
		if err := strictUnmarshal(b, &l); err != nil {
			return fmt.Errorf("leaf list: %w", err)
		}
		if err := VerifyLeafList(&l, a); err != nil {
			return err
		}
		var total uint64
		for _, lf := range l.Leaves {
			total += lf.Length
		}
		if total > lim.MaxEndpointBytes {
			return malformed("leaf list: %d tensor bytes, limit %d", total, lim.MaxEndpointBytes)
		}
		list = &l
		return nil
	})
	return list, err
}

// Chunk fetches leaf index with its proof and checks the proof against the anchor and the
// bytes against the leaf's digest. maxChunk bounds the body (the manifest's chunk size).
func (c *Client) Chunk(ctx context.Context, ref EndpointRef, a Anchor, index, maxChunk uint64) (Leaf, []byte, error) {
	var leaf Leaf
	var data []byte
	path := ref.path("chunks/" + strconv.FormatUint(index, 10))
	op := fmt.Sprintf("chunk %d", index)
	err := c.retry(ctx, op, path, func(ctx context.Context) error {
		x, err := c.get(ctx, path)
		if err != nil {
			return err
		}
		defer x.done()
		hl := x.resp.Header.Get(HeaderLeaf)
		if len(hl) > maxLeafJSON {
			return malformed("%s header of %d bytes", HeaderLeaf, len(hl))
		}
		var l Leaf
		if err := strictUnmarshal([]byte(hl), &l); err != nil {
			return fmt.Errorf("%s header: %w", HeaderLeaf, err)
		}
		proof, err := ParseProof(x.resp.Header.Get(HeaderProof))
		if err != nil {
			return malformed("%s header: %v", HeaderProof, err)
		}
		if l.Index != index || (l.Kind != KindState && l.Kind != KindGradient) || l.Length > maxChunk {
			return malformed("served leaf %d (%s, %d bytes) for chunk leaf %d", l.Index, l.Kind, l.Length, index)
		}
		p, err := l.RecordPayload()
		if err != nil {
			return malformed("%v", err)
		}
		if p != l.Payload {
			return invalid("leaf %d payload %s, record hashes to %s", index, l.Payload, p)
		}
		if err := VerifyProof(a.Root, a.LeafCount, index, p, proof); err != nil {
			return err
		}
		b, err := x.readAll(op, int64(l.Length))
		if err != nil {
			return err
		}
		if uint64(len(b)) != l.Length {
			return fmt.Errorf("%w: %w: %s: %d bytes, leaf says %d", ErrMalformed, errTruncated, op, len(b), l.Length)
		}
		if d := sha256.Sum256(b); Hash32(d) != l.Digest {
			return invalid("%s: bytes hash to %x, leaf digest %s", op, d, l.Digest)
		}
		leaf, data = l, b
		return nil
	})
	return leaf, data, err
}

// Metadata fetches the metadata and checks it against the metadata leaf of a verified list.
func (c *Client) Metadata(ctx context.Context, ref EndpointRef, list *LeafList, lim Limits) (*Metadata, error) {
	var m *Metadata
	path := ref.path("metadata")
	leaf := list.Leaves[len(list.Leaves)-1]
	err := c.retry(ctx, "metadata", path, func(ctx context.Context) error {
		x, err := c.get(ctx, path)
		if err != nil {
			return err
		}
		defer x.done()
		b, err := x.readAll("metadata", int64(lim.MaxMetadataBytes))
		if err != nil {
			return err
		}
		if d := sha256.Sum256(b); Hash32(d) != leaf.Digest {
			return invalid("metadata hashes to %x, leaf digest %s", d, leaf.Digest)
		}
		if m, err = DecodeMetadata(b); err != nil {
			return err
		}
		return CheckLayout(list, m)
	})
	return m, err
}

// Tensor streams one tensor chunk by chunk, checking each chunk against the verified leaf
// list as it arrives; after a failure it resumes from the first unverified chunk.
func (c *Client) Tensor(ctx context.Context, ref EndpointRef, list *LeafList, kind LeafKind, info TensorInfo, lim Limits) (Tensor, error) {
	op := fmt.Sprintf("tensor %s/%q", kind, info.Name)
	first, chunks, n, ok := list.TensorChunks(kind, info.Name)
	base := ref.path("tensors/" + kind.String())
	if !ok || n != info.Bytes {
		return Tensor{}, &FetchError{Outcome: ErrInvalid, Op: op, URL: c.base + base, Err: fmt.Errorf("tensor not in the leaf list as described")}
	}
	if n > lim.MaxTensorBytes {
		return Tensor{}, &FetchError{Outcome: ErrMalformed, Op: op, URL: c.base + base, Err: fmt.Errorf("%d bytes, limit %d", n, lim.MaxTensorBytes)}
	}
	data := make([]byte, 0, n)
	var next uint64
	err := c.retry(ctx, op, base, func(ctx context.Context) error {
		path := base + "?" + url.Values{"name": {info.Name}, "from": {strconv.FormatUint(next, 10)}}.Encode()
		x, err := c.get(ctx, path)
		if err != nil {
			return err
		}
		defer x.done()
		body := io.LimitReader(x.resp.Body, int64(n-uint64(len(data)))+1)
		for next < chunks {
			leaf := &list.Leaves[first+next]
			buf := data[len(data) : len(data)+int(leaf.Length)]
			if _, err := io.ReadFull(body, buf); err != nil {
				return x.readErr(fmt.Sprintf("chunk %d", next), err)
			}
			if d := sha256.Sum256(buf); Hash32(d) != leaf.Digest {
				return invalid("%s chunk %d (leaf %d): bytes hash to %x, leaf digest %s", op, next, leaf.Index, d, leaf.Digest)
			}
			data = data[:len(data)+len(buf)]
			next++
			x.touch()
		}
		if k, _ := io.ReadFull(body, make([]byte, 1)); k != 0 {
			return malformed("%s: body longer than its %d committed bytes", op, n)
		}
		return nil
	})
	if err != nil {
		return Tensor{}, err
	}
	return Tensor{Name: info.Name, DType: info.DType, Shape: info.Shape, Data: data}, nil
}

// Fetched is one endpoint's evidence, every byte verified against the anchor.
type Fetched struct {
	Manifest     *Manifest
	ManifestJSON []byte
	Leaves       *LeafList
	Endpoint     *Endpoint
}

// FetchEndpoint fetches and verifies a whole endpoint: manifest (against manifestHash), leaf
// list (against the anchor), metadata, and every state and gradient tensor. The limits come
// from the verified manifest, tightened by ClientOptions.Caps. Errors are *FetchError
// wrapping ErrUnavailable, ErrInvalid or ErrMalformed.
func (c *Client) FetchEndpoint(ctx context.Context, ref EndpointRef, a Anchor, manifestHash Hash32) (*Fetched, error) {
	if c.opts.TotalTimeout <= 0 {
		return c.fetchEndpoint(ctx, ref, a, manifestHash)
	}
	parent := ctx
	ctx, cancel := context.WithTimeout(ctx, c.opts.TotalTimeout)
	defer cancel()
	f, err := c.fetchEndpoint(ctx, ref, a, manifestHash)
	var fe *FetchError
	if err != nil && parent.Err() == nil && errors.Is(ctx.Err(), context.DeadlineExceeded) && errors.As(err, &fe) {
		fe.Err = fmt.Errorf("total deadline of %v for the endpoint exceeded: %w", c.opts.TotalTimeout, fe.Err)
	}
	return f, err
}

func (c *Client) fetchEndpoint(ctx context.Context, ref EndpointRef, a Anchor, manifestHash Hash32) (*Fetched, error) {
	m, raw, err := c.Manifest(ctx, ref, manifestHash)
	if err != nil {
		return nil, err
	}
	lim := c.limitsFor(m)
	list, err := c.Leaves(ctx, ref, a, lim)
	if err != nil {
		return nil, err
	}
	if list.Leaves[0].Digest != manifestHash {
		return nil, &FetchError{Outcome: ErrInvalid, Op: "leaves", URL: c.base + ref.path("leaves"), Attempts: 1,
			Err: fmt.Errorf("manifest leaf commits to %s, job manifest is %s", list.Leaves[0].Digest, manifestHash)}
	}
	if list.ChunkSize != m.ChunkSize {
		return nil, &FetchError{Outcome: ErrInvalid, Op: "leaves", URL: c.base + ref.path("leaves"), Attempts: 1,
			Err: fmt.Errorf("chunk size %d, manifest says %d", list.ChunkSize, m.ChunkSize)}
	}
	meta, err := c.Metadata(ctx, ref, list, lim)
	if err != nil {
		return nil, err
	}
	ep := &Endpoint{Metadata: *meta}
	for _, part := range []struct {
		kind  LeafKind
		infos []TensorInfo
		dst   *[]Tensor
	}{{KindState, meta.State, &ep.State}, {KindGradient, meta.Gradient, &ep.Gradient}} {
		for _, info := range part.infos {
			t, err := c.Tensor(ctx, ref, list, part.kind, info, lim)
			if err != nil {
				return nil, err
			}
			*part.dst = append(*part.dst, t)
		}
	}
	if err := ep.Validate(); err != nil {
		return nil, &FetchError{Outcome: ErrMalformed, Op: "endpoint", URL: c.base, Attempts: 1, Err: err}
	}
	return &Fetched{Manifest: m, ManifestJSON: raw, Leaves: list, Endpoint: ep}, nil
}

// MaxStepStates bounds the step states of one interval a client accepts (s+1, the registry's
// stride cap allows no more).
const MaxStepStates = 1<<20 + 1

// StepRoots fetches the state roots of interval k's step states and verifies them against the
// step root the provider posted on chain: states+1 roots (states = the job's stride) whose
// tree root is stepRoot. Errors are *FetchError like FetchEndpoint's.
func (c *Client) StepRoots(ctx context.Context, job string, k uint64, stepRoot Hash32, states uint64) ([]Hash32, error) {
	return c.stepRoots(ctx, job, k, states, func(roots []Hash32) error {
		got, err := StepRoot(roots)
		if err != nil {
			return malformed("step roots: %v", err)
		}
		if got != stepRoot {
			return invalid("step roots: tree root %s, the provider posted %s", got, stepRoot)
		}
		return nil
	})
}

// StepRootsBetween fetches the state roots of interval k before any dispute, when nothing but
// its ends is committed: the first must be start's root and the last end's. A watchtower that
// walks every step from one fetched list is sound without a step root on chain: whatever the
// provider serves, an interval whose end is not honest training from its start has a bad step.
func (c *Client) StepRootsBetween(ctx context.Context, job string, k uint64, start, end Hash32, states uint64) ([]Hash32, error) {
	return c.stepRoots(ctx, job, k, states, func(roots []Hash32) error {
		if roots[0] != start || roots[len(roots)-1] != end {
			return invalid("step roots: interval runs from %s to %s, its endpoints are committed as %s and %s",
				roots[0], roots[len(roots)-1], start, end)
		}
		return nil
	})
}

func (c *Client) stepRoots(ctx context.Context, job string, k uint64, states uint64, verify func([]Hash32) error) ([]Hash32, error) {
	path := stepsPath(job, k)
	if states < 2 || states > MaxStepStates {
		return nil, &FetchError{Outcome: ErrMalformed, Op: "step roots", URL: c.base + path,
			Err: fmt.Errorf("an interval of %d step states", states)}
	}
	var roots []Hash32
	err := c.retry(ctx, "step roots", path, func(ctx context.Context) error {
		x, err := c.get(ctx, path)
		if err != nil {
			return err
		}
		defer x.done()
		b, err := x.readAll("step roots", int64(states)*70+4096)
		if err != nil {
			return err
		}
		var sr StepRoots
		if err := strictUnmarshal(b, &sr); err != nil {
			return fmt.Errorf("step roots: %w", err)
		}
		if sr.Interval != k || uint64(len(sr.Roots)) != states {
			return invalid("step roots: interval %d with %d roots, want interval %d with %d", sr.Interval, len(sr.Roots), k, states)
		}
		if err := verify(sr.Roots); err != nil {
			return err
		}
		roots = sr.Roots
		return nil
	})
	return roots, err
}

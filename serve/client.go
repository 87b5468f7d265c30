package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/prover/infer"
	"github.com/ovig/ovig/prover/workload"
)

// maxRecord bounds a fetched record: the largest, a 64-token generation of the character
// model, is about 150 kB.
const maxRecord = 16 << 20

// Client talks to an inference server: a watchtower fetching records, or a client asking.
type Client struct {
	base string
	job  string
	http *http.Client
}

// NewClient returns a client of job key job at base (http://host:port).
func NewClient(base, job string, hc *http.Client) (*Client, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("inference server %q: want http(s)://host:port", base)
	}
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Client{base: strings.TrimSuffix(base, "/"), job: job, http: hc}, nil
}

func (c *Client) url(tail string) string {
	return c.base + "/v1/jobs/" + url.PathEscape(c.job) + "/" + tail
}

func (c *Client) do(ctx context.Context, method, tail string, body []byte, max int64) (*http.Response, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.url(tail), bytes.NewReader(body))
	if err != nil {
		return nil, nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, nil, fmt.Errorf("%s %s: %w", method, tail, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, nil, fmt.Errorf("%s %s: %w", method, tail, err)
	}
	if int64(len(b)) > max {
		return nil, nil, fmt.Errorf("%s %s: response over %d bytes", method, tail, max)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, nil, fmt.Errorf("%s %s: %s: %s", method, tail, resp.Status, strings.TrimSpace(string(b)))
	}
	return resp, b, nil
}

func (c *Client) getJSON(ctx context.Context, tail string, v any) error {
	_, b, err := c.do(ctx, http.MethodGet, tail, nil, 1<<20)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("GET %s: %w", tail, err)
	}
	return nil
}

// Ask sends one request to the task's route.
func (c *Client) Ask(ctx context.Context, task workload.Task, q Query) (*Answer, error) {
	body, err := json.Marshal(q)
	if err != nil {
		return nil, err
	}
	_, b, err := c.do(ctx, http.MethodPost, "infer/"+string(task), body, 1<<20)
	if err != nil {
		return nil, err
	}
	var a Answer
	if err := json.Unmarshal(b, &a); err != nil {
		return nil, fmt.Errorf("answer: %w", err)
	}
	return &a, nil
}

// Model describes the served model.
func (c *Client) Model(ctx context.Context) (*Model, error) {
	var m Model
	return &m, c.getJSON(ctx, "inference/model", &m)
}

// Batches lists the committed batches. On chain (later) their roots come from the registry;
// off chain the verifier trusts the server's list.
func (c *Client) Batches(ctx context.Context) ([]infer.Batch, error) {
	var bs []infer.Batch
	return bs, c.getJSON(ctx, "inference/batches", &bs)
}

// Locate says where request id's record is.
func (c *Client) Locate(ctx context.Context, id string) (*Location, error) {
	var l Location
	return &l, c.getJSON(ctx, "inference/requests/"+url.PathEscape(id), &l)
}

// Record fetches record i of batch b: its bytes, proof and the batch header the server sent,
// which must be the batch the caller trusts (want) so the proof is checked against that root.
func (c *Client) Record(ctx context.Context, want infer.Batch, i uint64) (*infer.Opened, error) {
	tail := "inference/batches/" + strconv.FormatUint(want.Index, 10) + "/records/" + strconv.FormatUint(i, 10)
	resp, b, err := c.do(ctx, http.MethodGet, tail, nil, maxRecord)
	if err != nil {
		return nil, err
	}
	var got infer.Batch
	if err := json.Unmarshal([]byte(resp.Header.Get(HeaderBatch)), &got); err != nil {
		return nil, fmt.Errorf("record %d of batch %d: header %s: %w", i, want.Index, HeaderBatch, err)
	}
	if got != want {
		return nil, fmt.Errorf("record %d of batch %d: the server names batch root %s, trusted %s", i, want.Index, got.Root, want.Root)
	}
	proof, err := evidence.ParseProof(resp.Header.Get(evidence.HeaderProof))
	if err != nil {
		return nil, fmt.Errorf("record %d of batch %d: %w", i, want.Index, err)
	}
	return &infer.Opened{Batch: want, Index: i, Raw: b, Proof: proof}, nil
}

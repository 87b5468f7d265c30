package evidence

import (
	"fmt"
	"math/big"
	"net/url"
	"strconv"
	"strings"
)

// HTTP API of the provider's evidence server (Server), shared with Client:
//
//	GET {base}/v1/jobs/{job}/endpoints/{e}/manifest            canonical manifest JSON
//	GET {base}/v1/jobs/{job}/endpoints/{e}/metadata            canonical metadata JSON
//	GET {base}/v1/jobs/{job}/endpoints/{e}/leaves              LeafList JSON
//	GET {base}/v1/jobs/{job}/endpoints/{e}/chunks/{i}          chunk bytes; HeaderLeaf, HeaderProof
//	GET {base}/v1/jobs/{job}/endpoints/{e}/tensors/{kind}?name=N&from=C
//	                                                           chunks C.. of a tensor, concatenated
//
// During a step-level dispute over interval k the provider also serves the s+1 step states
// of the interval (state j: after j of its steps; state 0 and state s are endpoints k and k+1):
//
//	GET {base}/v1/jobs/{job}/intervals/{k}/steps               StepRoots JSON (the s+1 state roots)
//	GET {base}/v1/jobs/{job}/intervals/{k}/steps/{j}/...       as under endpoints/{e}/ above
const (
	RouteStepRoots    = "GET /v1/jobs/{job}/intervals/{interval}/steps"
	RouteStepManifest = "GET /v1/jobs/{job}/intervals/{interval}/steps/{step}/manifest"
	RouteStepMetadata = "GET /v1/jobs/{job}/intervals/{interval}/steps/{step}/metadata"
	RouteStepLeaves   = "GET /v1/jobs/{job}/intervals/{interval}/steps/{step}/leaves"
	RouteStepChunk    = "GET /v1/jobs/{job}/intervals/{interval}/steps/{step}/chunks/{index}"
	RouteStepTensor   = "GET /v1/jobs/{job}/intervals/{interval}/steps/{step}/tensors/{kind}"
)

const (
	RouteManifest = "GET /v1/jobs/{job}/endpoints/{endpoint}/manifest"
	RouteMetadata = "GET /v1/jobs/{job}/endpoints/{endpoint}/metadata"
	RouteLeaves   = "GET /v1/jobs/{job}/endpoints/{endpoint}/leaves"
	RouteChunk    = "GET /v1/jobs/{job}/endpoints/{endpoint}/chunks/{index}"
	RouteTensor   = "GET /v1/jobs/{job}/endpoints/{endpoint}/tensors/{kind}"

	// HeaderLeaf carries the chunk's Leaf as JSON.
	HeaderLeaf = "Ovig-Leaf"
	// HeaderProof carries the proof: comma-separated 0x-hex siblings, leaf to root.
	HeaderProof = "Ovig-Proof"
)

// JobKey is the evidence job key of an on-chain job: its id in decimal. Providers store and
// serve a job under this key, so watchtowers and arbiters find it from the chain alone.
func JobKey(jobID *big.Int) string { return jobID.Text(10) }

// EndpointRef names one endpoint of one job on a provider or, with InInterval set, the step
// state Step of interval Interval that the provider serves in a step-level dispute (Endpoint is
// then unused). Both are fetched and verified the same way.
type EndpointRef struct {
	Job      string
	Endpoint uint64

	InInterval     bool
	Interval, Step uint64
}

// StepStateRef names state j (after j steps) of interval k of job.
func StepStateRef(job string, k, j uint64) EndpointRef {
	return EndpointRef{Job: job, InInterval: true, Interval: k, Step: j}
}

func (r EndpointRef) String() string {
	if r.InInterval {
		return fmt.Sprintf("%s/interval %d/step %d", r.Job, r.Interval, r.Step)
	}
	return fmt.Sprintf("%s/%d", r.Job, r.Endpoint)
}

func (r EndpointRef) path(tail string) string {
	if r.InInterval {
		return stepsPath(r.Job, r.Interval) + "/" + strconv.FormatUint(r.Step, 10) + "/" + tail
	}
	return "/v1/jobs/" + url.PathEscape(r.Job) + "/endpoints/" + strconv.FormatUint(r.Endpoint, 10) + "/" + tail
}

func stepsPath(job string, k uint64) string {
	return "/v1/jobs/" + url.PathEscape(job) + "/intervals/" + strconv.FormatUint(k, 10) + "/steps"
}

// StepRoots is the body of RouteStepRoots: the state roots of an interval's s+1 step states,
// whose OvigMerkle tree root is the step root the provider posted on chain.
type StepRoots struct {
	Interval uint64   `json:"interval"`
	Roots    []Hash32 `json:"roots"`
}

// StepRoot is the root of the step tree over roots (leaf j: the root of state j), as the
// registry's respond checks it.
func StepRoot(roots []Hash32) (Hash32, error) {
	t, err := BuildTree(roots)
	if err != nil {
		return Hash32{}, fmt.Errorf("step tree: %w", err)
	}
	return t.Root(), nil
}

// FormatProof encodes a proof for HeaderProof.
func FormatProof(proof [][32]byte) string {
	parts := make([]string, len(proof))
	for i, p := range proof {
		parts[i] = Hash32(p).String()
	}
	return strings.Join(parts, ",")
}

// ParseProof decodes HeaderProof, accepting at most 64 siblings.
func ParseProof(s string) ([][32]byte, error) {
	if s == "" {
		return nil, nil
	}
	parts := strings.Split(s, ",")
	if len(parts) > 64 {
		return nil, fmt.Errorf("proof of %d siblings", len(parts))
	}
	out := make([][32]byte, len(parts))
	for i, p := range parts {
		h, err := ParseHash32(strings.TrimSpace(p))
		if err != nil {
			return nil, fmt.Errorf("proof sibling %d: %w", i, err)
		}
		out[i] = h
	}
	return out, nil
}

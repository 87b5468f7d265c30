package evidence

import (
	"fmt"
	"math/big"
	"net/url"
	"strconv"
	"strings"
)

// HTTP API of the provider's evidence server (node.Server), shared with Client:
//
//	GET {base}/v1/jobs/{job}/endpoints/{e}/manifest            canonical manifest JSON
//	GET {base}/v1/jobs/{job}/endpoints/{e}/metadata            canonical metadata JSON
//	GET {base}/v1/jobs/{job}/endpoints/{e}/leaves              LeafList JSON
//	GET {base}/v1/jobs/{job}/endpoints/{e}/chunks/{i}          chunk bytes; HeaderLeaf, HeaderProof
//	GET {base}/v1/jobs/{job}/endpoints/{e}/tensors/{kind}?name=N&from=C
//	                                                           chunks C.. of a tensor, concatenated
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

// EndpointRef names one endpoint of one job on a provider.
type EndpointRef struct {
	Job      string
	Endpoint uint64
}

func (r EndpointRef) String() string { return fmt.Sprintf("%s/%d", r.Job, r.Endpoint) }

func (r EndpointRef) path(tail string) string {
	return "/v1/jobs/" + url.PathEscape(r.Job) + "/endpoints/" + strconv.FormatUint(r.Endpoint, 10) + "/" + tail
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

package serve

import (
	"github.com/ovig/ovig/prover/infer"
)

// HTTP API of the inference server (a job's key is its evidence key, the on-chain id):
//
//	POST {base}/v1/jobs/{job}/infer/{task}          Query JSON → Answer JSON (task: classify, generate, denoise)
//	GET  {base}/v1/jobs/{job}/inference/model        Model JSON
//	GET  {base}/v1/jobs/{job}/inference/batches      []infer.Batch JSON, committed batches in order
//	GET  {base}/v1/jobs/{job}/inference/batches/{b}/records/{i}
//	                                                  the record's committed bytes; HeaderBatch, evidence.HeaderProof
//	GET  {base}/v1/jobs/{job}/inference/requests/{id} Location JSON: where a request's record is
//
// Bad input is a 4xx with a one-line reason: 400 malformed or invalid, 404 unknown, 409 a
// request id already used, 413 a body over MaxBody.
const (
	RouteInfer    = "POST /v1/jobs/{job}/infer/{task}"
	RouteModel    = "GET /v1/jobs/{job}/inference/model"
	RouteBatches  = "GET /v1/jobs/{job}/inference/batches"
	RouteRecord   = "GET /v1/jobs/{job}/inference/batches/{batch}/records/{index}"
	RouteLocation = "GET /v1/jobs/{job}/inference/requests/{id}"

	// HeaderBatch carries the record's infer.Batch as JSON.
	HeaderBatch = "Ovig-Batch"

	// MaxBody bounds a request body.
	MaxBody = 1 << 20
)

// Query is a request's body: infer.Request without its task, which the route names.
type Query struct {
	ID          string    `json:"id,omitempty"` // the server assigns one when empty
	Pixels      []float32 `json:"pixels,omitempty"`
	Prompt      string    `json:"prompt,omitempty"`
	MaxTokens   int       `json:"max_tokens,omitempty"`
	Temperature float64   `json:"temperature,omitempty"`
	Seed        uint64    `json:"seed,omitempty"`
	Noisy       []float32 `json:"noisy,omitempty"`
	Level       int       `json:"level,omitempty"`
}

// Answer is the response to a request: its id, the output and where its record is.
type Answer struct {
	ID       string       `json:"id"`
	Output   infer.Output `json:"output"`
	Location Location     `json:"location"`
}

// Location is where a request's record is: in a committed batch, or pending (not yet
// committed; Batch is then the batch it will be in).
type Location struct {
	ID      string `json:"id"`
	Batch   uint64 `json:"batch"`
	Index   uint64 `json:"index"`
	Pending bool   `json:"pending"`
}

// Model describes what the server serves.
type Model struct {
	Job      string   `json:"job"`
	Workload string   `json:"workload"`
	Task     string   `json:"task"`
	Model    string   `json:"model"` // final model hash
	Profile  string   `json:"profile"`
	Blocks   []string `json:"blocks"`
	Batches  uint64   `json:"batches"`
	Pending  int      `json:"pending"`
	Context  int      `json:"context,omitempty"`
	Levels   int      `json:"noise_levels,omitempty"`
	Side     int      `json:"image_side,omitempty"`
}

package chain

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ovig/ovig/bindings"
	"github.com/ovig/ovig/evidence"
)

// Inference is typed access to one deployed OvigInference (auditable inference of a finalized
// job's final model, docs/inference.md). Transactions go through its Sender; one opened without
// a Sender is read-only.
type Inference struct {
	client      Client
	sender      *Sender
	addr        common.Address
	registry    common.Address
	chainID     *big.Int
	abi         *bindings.OvigInference
	errs        ErrorDecoder
	deployBlock uint64
}

// RecordBatch is one served batch as committed on chain: the root of the evidence tree over its
// record payloads and the number of records (the tree's leaf count).
type RecordBatch struct {
	Root    [32]byte
	Records uint64
}

// Leaf is the batch's payload in its commit's tree: keccak256(root ‖ uint64 records).
func (b RecordBatch) Leaf() [32]byte {
	var buf [40]byte
	copy(buf[:32], b.Root[:])
	binary.BigEndian.PutUint64(buf[32:], b.Records)
	return crypto.Keccak256Hash(buf[:])
}

// ServingTerms are a job's serving terms as OvigInference holds them.
type ServingTerms struct {
	BoundHash    [32]byte // the activation bound (infer.Bound.Hash) arbiters judge by
	RecordWindow uint64   // seconds a commit stays challengeable
	Batches      uint64   // batches committed (the next batch index)
	Commits      uint64   // commitBatches transactions (the next commit index)
	OpenDisputes uint32
}

// Open reports whether the owner opened serving.
func (t ServingTerms) Open() bool { return t.RecordWindow != 0 }

// InferenceCommit is one commitBatches transaction: batches First.. First+len(Batches)-1,
// challengeable until ChallengeBy (inclusive).
type InferenceCommit struct {
	JobID       *big.Int
	Index       uint64
	First       uint64
	ChallengeBy uint64
	Batches     []RecordBatch
	Block       uint64
}

// Contains reports whether batch b is one of the commit's.
func (c InferenceCommit) Contains(b uint64) bool {
	return b >= c.First && b-c.First < uint64(len(c.Batches))
}

func (c InferenceCommit) tree() (*evidence.Tree, error) {
	leaves := make([]evidence.Hash32, len(c.Batches))
	for i, b := range c.Batches {
		leaves[i] = b.Leaf()
	}
	return evidence.BuildTree(leaves)
}

// Root is the commit's tree root over its batches' leaves.
func (c InferenceCommit) Root() ([32]byte, error) {
	t, err := c.tree()
	if err != nil {
		return [32]byte{}, err
	}
	return t.Root(), nil
}

// opening opens record `record` of batch `batch` against the commit, as challenge takes it.
func (c InferenceCommit) opening(batch, record uint64) (bindings.RecordOpening, error) {
	if !c.Contains(batch) {
		return bindings.RecordOpening{}, fmt.Errorf("batch %d is not in commit %d", batch, c.Index)
	}
	t, err := c.tree()
	if err != nil {
		return bindings.RecordOpening{}, err
	}
	at := batch - c.First
	proof, err := t.Proof(at)
	if err != nil {
		return bindings.RecordOpening{}, err
	}
	b := c.Batches[at]
	if record >= b.Records {
		return bindings.RecordOpening{}, fmt.Errorf("record %d of batch %d: the batch holds %d", record, batch, b.Records)
	}
	return bindings.RecordOpening{
		CommitIndex: c.Index, CommitRoot: t.Root(), FirstBatch: c.First, BatchCount: uint64(len(c.Batches)),
		ChallengeBy: c.ChallengeBy, Batch: batch, BatchRoot: b.Root, RecordCount: b.Records, Proof: proof, Record: record,
	}, nil
}

// InferenceDispute is one challenged record.
type InferenceDispute struct {
	ID         *big.Int
	JobID      *big.Int
	Batch      uint64
	Record     uint64
	Deadline   uint64 // inclusive
	Challenger common.Address
	Status     DisputeStatus
	Outcome    uint8
	Signers    uint16
	BatchRoot  [32]byte
	Bond       *big.Int
}

// Open reports whether the dispute still waits for a verdict.
func (d InferenceDispute) Open() bool { return d.Status == DisputeStatusOpen }

// InferenceVerdict is the EIP-712 InferenceVerdict struct of OvigInference: a ruling on one
// challenged record. JobID, DisputeID, Batch, BatchRoot and Record must be the dispute's and
// BoundHash the job's serving terms': the contract fills them in itself.
type InferenceVerdict struct {
	JobID, DisputeID *big.Int
	Batch            uint64
	BatchRoot        [32]byte
	Record           uint64
	BoundHash        [32]byte
	Outcome          uint8  // OutcomeFraud, OutcomeHonest or OutcomeUnavailable
	BlockIndex       uint64 // the block replayed (informational)
	Distance, Bound  *big.Int
	ReplayDigest     [32]byte
}

var inferenceVerdictTypeHash = crypto.Keccak256Hash([]byte("InferenceVerdict(uint256 jobId,uint256 disputeId,uint64 batch,bytes32 batchRoot,uint64 record,bytes32 boundHash,uint8 outcome,uint64 blockIndex,uint256 distance,uint256 bound,bytes32 replayDigest)"))

// VerdictOn returns the verdict skeleton for dispute d under terms t (outcome and numbers to fill).
func VerdictOn(d InferenceDispute, t ServingTerms) InferenceVerdict {
	return InferenceVerdict{JobID: d.JobID, DisputeID: d.ID, Batch: d.Batch, BatchRoot: d.BatchRoot, Record: d.Record, BoundHash: t.BoundHash}
}

func u64word(x uint64) []byte { return word(new(big.Int).SetUint64(x)) }

// StructHash is the EIP-712 hashStruct of the verdict.
func (v InferenceVerdict) StructHash() common.Hash {
	return crypto.Keccak256Hash(inferenceVerdictTypeHash[:], word(v.JobID), word(v.DisputeID), u64word(v.Batch),
		v.BatchRoot[:], u64word(v.Record), v.BoundHash[:], word(big.NewInt(int64(v.Outcome))), u64word(v.BlockIndex),
		word(v.Distance), word(v.Bound), v.ReplayDigest[:])
}

// Digest is what arbiters sign; it equals OvigInference's verdictDigest view.
func (v InferenceVerdict) Digest(chainID *big.Int, inference common.Address) common.Hash {
	sep := DomainSeparator(chainID, inference)
	sh := v.StructHash()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh[:])
}

// Validate rejects verdicts the contract would refuse for their content alone.
func (v InferenceVerdict) Validate() error {
	return Verdict{JobID: v.JobID, DisputeID: v.DisputeID, Outcome: v.Outcome, Distance: v.Distance, Boundary: v.Bound}.Validate()
}

// DeployWithInference deploys an OvigRegistry wired to a new OvigInference, both from s's
// account: the registry names the inference contract's address before it exists (s's next
// CREATE address after the registry's), and the inference contract refuses a registry that
// names another. Registries from DeployRegistry have no inference contract.
func DeployWithInference(ctx context.Context, s *Sender) (*Registry, *Inference, error) {
	nonce, err := s.NextNonce(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("deploy inference: %w", err)
	}
	want := crypto.CreateAddress(s.Address(), nonce+1)
	reg, err := deployRegistry(ctx, s, want)
	if err != nil {
		return nil, nil, err
	}
	code, err := hexutil.Decode(bindings.OvigInferenceMetaData.Bin)
	if err != nil {
		return nil, nil, fmt.Errorf("deploy inference: bytecode: %w", err)
	}
	code = append(code, bindings.NewOvigInference().PackConstructor(reg.Address())...)
	rcpt, err := s.Send(ctx, nil, nil, code)
	if err != nil {
		return nil, nil, fmt.Errorf("deploy inference: %w", err)
	}
	if rcpt.ContractAddress != want {
		return nil, nil, fmt.Errorf("deploy inference: deployed at %s, the registry names %s (another transaction from %s in between?)", rcpt.ContractAddress, want, s.Address())
	}
	inf, err := OpenInference(ctx, s.Client(), rcpt.ContractAddress, s)
	if err != nil {
		return nil, nil, err
	}
	return reg, inf, nil
}

// OpenInference opens the OvigInference at addr. s may be nil for read-only use.
func OpenInference(ctx context.Context, client Client, addr common.Address, s *Sender) (*Inference, error) {
	id, errs, err := openContract(ctx, "inference", client, addr, s)
	if err != nil {
		return nil, err
	}
	in := &Inference{client: client, sender: s, addr: addr, chainID: id, abi: bindings.NewOvigInference(), errs: errs}
	deployed, err := icall(ctx, in, "deploy block", in.abi.PackDeployBlock(), in.abi.UnpackDeployBlock)
	if err != nil {
		return nil, fmt.Errorf("open inference %s: not an ovig inference contract? %w", addr, err)
	}
	in.deployBlock = deployed.Uint64()
	if in.registry, err = icall(ctx, in, "registry", in.abi.PackRegistry(), in.abi.UnpackRegistry); err != nil {
		return nil, fmt.Errorf("open inference %s: %w", addr, err)
	}
	return in, nil
}

// InferenceOf opens the inference contract the registry names, or returns ErrNoInference.
func (r *Registry) InferenceOf(ctx context.Context) (*Inference, error) {
	addr, err := call(ctx, r, "inference", r.abi.PackInference(), r.abi.UnpackInference)
	if err != nil {
		return nil, err
	}
	if addr == (common.Address{}) {
		return nil, ErrNoInference
	}
	return OpenInference(ctx, r.client, addr, r.sender)
}

// ErrNoInference: the registry was deployed without an inference contract.
var ErrNoInference = errors.New("the registry has no inference contract")

// WithSender returns a handle on the same contract that transacts from s's account.
func (in *Inference) WithSender(s *Sender) *Inference {
	c := *in
	c.sender = s
	if s != nil {
		c.errs = s.Errors()
	}
	return &c
}

// Address is the contract's address.
func (in *Inference) Address() common.Address { return in.addr }

// Registry is the address of the registry whose jobs it serves.
func (in *Inference) Registry() common.Address { return in.registry }

// ChainID is the id of the contract's chain.
func (in *Inference) ChainID() *big.Int { return new(big.Int).Set(in.chainID) }

// Sender is the account it transacts from (nil if read-only).
func (in *Inference) Sender() *Sender { return in.sender }

func icall[T any](ctx context.Context, in *Inference, what string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := in.client.CallContract(ctx, ethereum.CallMsg{To: &in.addr, Data: data}, nil)
	if err != nil {
		if re := in.errs.FromError(err); re != nil {
			return zero, fmt.Errorf("%s: %w", what, re)
		}
		return zero, fmt.Errorf("%s: %w", what, err)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("%s: decode: %w", what, err)
	}
	return v, nil
}

func (in *Inference) transact(ctx context.Context, what string, value *big.Int, data []byte) (*types.Receipt, error) {
	if in.sender == nil {
		return nil, fmt.Errorf("%s: %w", what, ErrReadOnly)
	}
	rcpt, err := in.sender.Send(ctx, &in.addr, value, data)
	if err != nil {
		return rcpt, fmt.Errorf("%s: %w", what, err)
	}
	return rcpt, nil
}

func ifindEvent[T any](in *Inference, rcpt *types.Receipt, name string, unpack func(*types.Log) (*T, error)) (*T, error) {
	topic := in.abi.GetABI().Events[name].ID
	for _, l := range rcpt.Logs {
		if l.Address == in.addr && len(l.Topics) > 0 && l.Topics[0] == topic {
			return unpack(l)
		}
	}
	return nil, fmt.Errorf("tx %s: no %s event", rcpt.TxHash, name)
}

// ---------------------------------------------------------------- views

// Terms returns the job's serving terms (zero until the owner opens serving).
func (in *Inference) Terms(ctx context.Context, jobID *big.Int) (ServingTerms, error) {
	t, err := icall(ctx, in, fmt.Sprintf("serving terms of job %v", jobID), in.abi.PackTerms(jobID), in.abi.UnpackTerms)
	if err != nil {
		return ServingTerms{}, err
	}
	return ServingTerms{BoundHash: t.BoundHash, RecordWindow: t.RecordWindow, Batches: t.Batches, Commits: t.Commits, OpenDisputes: t.OpenDisputes}, nil
}

// Dispute returns an inference dispute (Status None for an unknown id).
func (in *Inference) Dispute(ctx context.Context, id *big.Int) (InferenceDispute, error) {
	d, err := icall(ctx, in, fmt.Sprintf("inference dispute %v", id), in.abi.PackDispute(id), in.abi.UnpackDispute)
	if err != nil {
		return InferenceDispute{}, err
	}
	return InferenceDispute{
		ID: new(big.Int).Set(id), JobID: new(big.Int).SetUint64(d.JobId), Batch: d.Batch, Record: d.Record,
		Deadline: d.Deadline, Challenger: d.Challenger, Status: DisputeStatus(d.Status), Outcome: d.Outcome,
		Signers: d.Signers, BatchRoot: d.BatchRoot, Bond: d.Bond,
	}, nil
}

// RecordState returns the record's open dispute (0 if none) and its decided outcome (0 if none).
func (in *Inference) RecordState(ctx context.Context, jobID *big.Int, batch, record uint64) (*big.Int, uint8, error) {
	out, err := icall(ctx, in, fmt.Sprintf("record %d/%d of job %v", batch, record, jobID),
		in.abi.PackRecordState(jobID, batch, record), in.abi.UnpackRecordState)
	if err != nil {
		return nil, 0, err
	}
	return out.DisputeId, out.Outcome, nil
}

// Credits returns what who can withdraw from the inference contract (challenger bonds returned,
// Honest payouts); a slash's reward and refund are registry credits.
func (in *Inference) Credits(ctx context.Context, who common.Address) (*big.Int, error) {
	return icall(ctx, in, fmt.Sprintf("credits of %s", who), in.abi.PackCredits(who), in.abi.UnpackCredits)
}

// VerdictDigest asks the contract for the digest of a verdict on dispute v.DisputeID.
func (in *Inference) VerdictDigest(ctx context.Context, v InferenceVerdict) (common.Hash, error) {
	h, err := icall(ctx, in, "verdict digest", in.abi.PackVerdictDigest(v.DisputeID, v.fields()), in.abi.UnpackVerdictDigest)
	return common.Hash(h), err
}

func (v InferenceVerdict) fields() bindings.InferenceVerdict {
	return bindings.InferenceVerdict{Outcome: v.Outcome, BlockIndex: v.BlockIndex, Distance: v.Distance, Bound: v.Bound, ReplayDigest: v.ReplayDigest}
}

// Commits returns the job's commits in order, read from BatchesCommitted logs.
func (in *Inference) Commits(ctx context.Context, jobID *big.Int) ([]InferenceCommit, error) {
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(in.deployBlock),
		Addresses: []common.Address{in.addr},
		Topics:    [][]common.Hash{{in.abi.GetABI().Events["BatchesCommitted"].ID}, {common.BigToHash(jobID)}},
	}
	logs, err := in.client.FilterLogs(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("inference commits of job %v: %w", jobID, err)
	}
	out := make([]InferenceCommit, 0, len(logs))
	for i := range logs {
		c, err := in.commitOf(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("inference commits of job %v: %w", jobID, err)
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Index < out[j].Index })
	return out, nil
}

func (in *Inference) commitOf(l *types.Log) (InferenceCommit, error) {
	e, err := in.abi.UnpackBatchesCommittedEvent(l)
	if err != nil {
		return InferenceCommit{}, err
	}
	if len(e.Roots) != len(e.Counts) {
		return InferenceCommit{}, fmt.Errorf("log %s#%d: %d roots, %d counts", l.TxHash, l.Index, len(e.Roots), len(e.Counts))
	}
	c := InferenceCommit{JobID: e.JobId, Index: e.CommitIndex.Uint64(), First: e.FirstBatch, ChallengeBy: e.ChallengeBy, Block: l.BlockNumber}
	for i := range e.Roots {
		c.Batches = append(c.Batches, RecordBatch{Root: e.Roots[i], Records: e.Counts[i]})
	}
	return c, nil
}

// FindCommit returns the commit that holds batch.
func (in *Inference) FindCommit(ctx context.Context, jobID *big.Int, batch uint64) (InferenceCommit, error) {
	all, err := in.Commits(ctx, jobID)
	if err != nil {
		return InferenceCommit{}, err
	}
	for _, c := range all {
		if c.Contains(batch) {
			return c, nil
		}
	}
	return InferenceCommit{}, fmt.Errorf("job %v: batch %d is not committed on chain", jobID, batch)
}

// ---------------------------------------------------------------- transactions

// OpenServing opens serving of the job (its owner, once, on a finalized job).
func (in *Inference) OpenServing(ctx context.Context, jobID *big.Int, boundHash [32]byte, recordWindow uint64) error {
	_, err := in.transact(ctx, fmt.Sprintf("open serving of job %v", jobID), nil, in.abi.PackOpenServing(jobID, boundHash, recordWindow))
	return err
}

// CommitBatches commits batches as batch indices first, first+1, ... (the provider); the
// contract refuses it (UnexpectedFirstBatch) unless first is the next uncommitted batch, so a
// resent call cannot commit twice. At most MaxInferenceBatch batches per call.
func (in *Inference) CommitBatches(ctx context.Context, jobID *big.Int, first uint64, batches []RecordBatch) (InferenceCommit, error) {
	what := fmt.Sprintf("commit inference batches %d..%d of job %v", first, first+uint64(len(batches))-1, jobID)
	if len(batches) == 0 || len(batches) > MaxInferenceBatch {
		return InferenceCommit{}, fmt.Errorf("%s: %d batches (1..%d per call)", what, len(batches), MaxInferenceBatch)
	}
	roots := make([][32]byte, len(batches))
	counts := make([]uint64, len(batches))
	for i, b := range batches {
		roots[i], counts[i] = b.Root, b.Records
	}
	data, err := in.abi.TryPackCommitBatches(jobID, first, roots, counts)
	if err != nil {
		return InferenceCommit{}, fmt.Errorf("%s: %w", what, err)
	}
	rcpt, err := in.transact(ctx, what, nil, data)
	if err != nil {
		return InferenceCommit{}, err
	}
	for _, l := range rcpt.Logs {
		if l.Address == in.addr && len(l.Topics) > 0 && l.Topics[0] == in.abi.GetABI().Events["BatchesCommitted"].ID {
			return in.commitOf(l)
		}
	}
	return InferenceCommit{}, fmt.Errorf("%s: no BatchesCommitted event", what)
}

// MaxInferenceBatch is OvigInference.MAX_BATCH: batch roots per commitBatches call.
const MaxInferenceBatch = 1024

// InferenceSalt derives a challenge salt from the challenger's secret, as ChallengeSalt does.
func InferenceSalt(secret []byte, jobID *big.Int, batch, record uint64, attempt uint64) [32]byte {
	var b [24]byte
	binary.BigEndian.PutUint64(b[0:], batch)
	binary.BigEndian.PutUint64(b[8:], record)
	binary.BigEndian.PutUint64(b[16:], attempt)
	return crypto.Keccak256Hash([]byte("ovig inference salt"), secret, word(jobID), b[:])
}

// InferenceCommitment is OvigInference.challengeCommitment.
func InferenceCommitment(challenger common.Address, jobID *big.Int, batch, record uint64, salt [32]byte) [32]byte {
	return crypto.Keccak256Hash(common.LeftPadBytes(challenger[:], 32), word(jobID), u64word(batch), u64word(record), salt[:])
}

// ErrInferenceRefunded: the job was slashed between the commitment and its reveal; the bond was
// credited back and no dispute opened.
var ErrInferenceRefunded = errors.New("job already slashed: inference commitment refunded, no dispute opened")

// Challenge disputes record `record` of batch `batch` (committed in c): it bonds the job's
// challenger bond behind a commitment, waits a block and reveals. A commitment left by an
// interrupted call with the same secret is revealed instead of bonding a new one; a record the
// sender already disputes returns that dispute.
func (in *Inference) Challenge(ctx context.Context, reg *Registry, c InferenceCommit, batch, record uint64, secret []byte) (*big.Int, error) {
	what := fmt.Sprintf("challenge record %d of batch %d of job %v", record, batch, c.JobID)
	if in.sender == nil {
		return nil, fmt.Errorf("%s: %w", what, ErrReadOnly)
	}
	me := in.sender.Address()
	jobID := c.JobID
	open, decided, err := in.RecordState(ctx, jobID, batch, record)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if decided != 0 {
		return nil, fmt.Errorf("%s: %w", what, &RevertError{Name: "RecordDecided", Args: []any{decided}})
	}
	if open.Sign() != 0 {
		d, err := in.Dispute(ctx, open)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		if d.Challenger == me {
			return open, nil
		}
		return nil, fmt.Errorf("%s: %w", what, &RevertError{Name: "RecordDisputed", Args: []any{open}})
	}
	opening, err := c.opening(batch, record)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	j, err := reg.Job(ctx, jobID)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if head, err := reg.HeadTime(ctx); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	} else if head >= c.ChallengeBy {
		return nil, fmt.Errorf("%s: %w", what, &RevertError{Name: "ChallengeWindowClosed", Args: []any{c.ChallengeBy}})
	}
	var salt [32]byte
	var committedAt uint64
	found := false
	for attempt := uint64(0); attempt < maxSaltAttempts && !found; attempt++ {
		salt = InferenceSalt(secret, jobID, batch, record, attempt)
		cm := InferenceCommitment(me, jobID, batch, record, salt)
		live, err := icall(ctx, in, "commitment", in.abi.PackCommitments(me, cm), in.abi.UnpackCommitments)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		head, err := reg.HeadTime(ctx)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		switch {
		case live.BlockNumber == 0:
			rcpt, err := in.transact(ctx, what+": commit", j.ChallengerBond, in.abi.PackCommitChallenge(jobID, cm))
			if err != nil {
				return nil, err
			}
			committedAt, found = rcpt.BlockNumber.Uint64(), true
		case live.RevealBy >= head+60:
			committedAt, found = live.BlockNumber, true
		}
	}
	if !found {
		return nil, fmt.Errorf("%s: %d commitments already used up", what, maxSaltAttempts)
	}
	if err := in.sender.AwaitBlock(ctx, committedAt); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	data, err := in.abi.TryPackChallenge(jobID, opening, salt)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	rcpt, err := in.transact(ctx, what, nil, data)
	if err != nil {
		return nil, err
	}
	if _, err := ifindEvent(in, rcpt, "CommitmentRefunded", in.abi.UnpackCommitmentRefundedEvent); err == nil {
		return nil, fmt.Errorf("%s: %w", what, ErrInferenceRefunded)
	}
	ev, err := ifindEvent(in, rcpt, "DisputeOpened", in.abi.UnpackDisputeOpenedEvent)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return ev.DisputeId, nil
}

// Resolve submits verdict v with arbiter signatures over v.Digest, ordered as the contract
// requires.
func (in *Inference) Resolve(ctx context.Context, v InferenceVerdict, sigs [][]byte) error {
	what := fmt.Sprintf("resolve inference dispute %v", v.DisputeID)
	if err := v.Validate(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	ordered, err := OrderSignatures(v.Digest(in.chainID, in.addr), sigs)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	data, err := in.abi.TryPackResolve(v.DisputeID, v.fields(), ordered)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	_, err = in.transact(ctx, what, nil, data)
	return err
}

// Lapse closes a dispute without a verdict after its deadline (or of a job no longer finalized).
func (in *Inference) Lapse(ctx context.Context, disputeID *big.Int) error {
	_, err := in.transact(ctx, fmt.Sprintf("lapse inference dispute %v", disputeID), nil, in.abi.PackLapse(disputeID))
	return err
}

// Withdraw pulls the sender's inference credits.
func (in *Inference) Withdraw(ctx context.Context) error {
	_, err := in.transact(ctx, "withdraw inference credits", nil, in.abi.PackWithdraw())
	return err
}

package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ovig/ovig/bindings"
)

// Registry is typed access to one deployed OvigRegistry. Transactions go through its Sender;
// a Registry opened without one is read-only.
type Registry struct {
	client  Client
	sender  *Sender
	addr    common.Address
	chainID *big.Int
	abi     *bindings.OvigRegistry
	events  *EventDecoder
	errs    ErrorDecoder
	// deployBlock is where watchers and log queries start; the registry records it.
	deployBlock uint64
}

// ErrReadOnly is returned by transactions on a Registry opened without a Sender.
var ErrReadOnly = errors.New("registry opened without a sender (read-only)")

// DeployRegistry deploys a new OvigRegistry from s's account, without an inference contract
// (DeployWithInference deploys both).
func DeployRegistry(ctx context.Context, s *Sender) (*Registry, error) {
	return deployRegistry(ctx, s, common.Address{})
}

// deployRegistry deploys an OvigRegistry whose slashForInference only inference may call.
func deployRegistry(ctx context.Context, s *Sender, inference common.Address) (*Registry, error) {
	code, err := hexutil.Decode(bindings.OvigRegistryMetaData.Bin)
	if err != nil {
		return nil, fmt.Errorf("deploy registry: bytecode: %w", err)
	}
	code = append(code, bindings.NewOvigRegistry().PackConstructor(inference)...)
	rcpt, err := s.Send(ctx, nil, nil, code)
	if err != nil {
		return nil, fmt.Errorf("deploy registry: %w", err)
	}
	return OpenRegistry(ctx, s.Client(), rcpt.ContractAddress, s)
}

// openContract checks that code is deployed at addr and that s (if any) signs for the chain the
// client serves; it returns the chain id and the revert decoder calls through it should use.
func openContract(ctx context.Context, what string, client Client, addr common.Address, s *Sender) (*big.Int, ErrorDecoder, error) {
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, ErrorDecoder{}, fmt.Errorf("open %s %s: chain id: %w", what, addr, err)
	}
	if s != nil && s.ChainID().Cmp(id) != 0 {
		return nil, ErrorDecoder{}, fmt.Errorf("open %s %s: sender signs for chain %v, node serves %v", what, addr, s.ChainID(), id)
	}
	code, err := client.CodeAt(ctx, addr, nil)
	if err != nil {
		return nil, ErrorDecoder{}, fmt.Errorf("open %s %s: %w", what, addr, err)
	}
	if len(code) == 0 {
		return nil, ErrorDecoder{}, fmt.Errorf("open %s %s: no contract code at this address on chain %v", what, addr, id)
	}
	if s != nil {
		return id, s.Errors(), nil
	}
	return id, RegistryErrors(), nil
}

// OpenRegistry opens the registry at addr, checking that code is deployed there. s may be nil
// for read-only use; otherwise it must talk to the same chain.
func OpenRegistry(ctx context.Context, client Client, addr common.Address, s *Sender) (*Registry, error) {
	id, errs, err := openContract(ctx, "registry", client, addr, s)
	if err != nil {
		return nil, err
	}
	r := &Registry{
		client: client, sender: s, addr: addr, chainID: id,
		abi: bindings.NewOvigRegistry(), events: NewEventDecoder(), errs: errs,
	}
	deployed, err := call(ctx, r, "deploy block", r.abi.PackDeployBlock(), r.abi.UnpackDeployBlock)
	if err != nil {
		return nil, fmt.Errorf("open registry %s: not an ovig registry? %w", addr, err)
	}
	if !deployed.IsUint64() {
		return nil, fmt.Errorf("open registry %s: deploy block %v out of range", addr, deployed)
	}
	r.deployBlock = deployed.Uint64()
	return r, nil
}

// WithSender returns a handle on the same registry that transacts from s's account.
func (r *Registry) WithSender(s *Sender) *Registry {
	c := *r
	c.sender = s
	if s != nil {
		c.errs = s.Errors()
	}
	return &c
}

// Address is the registry's address.
func (r *Registry) Address() common.Address { return r.addr }

// ChainID is the id of the registry's chain.
func (r *Registry) ChainID() *big.Int { return new(big.Int).Set(r.chainID) }

// DeployBlock is the registry's deployment block (as the registry records it, unless
// WithDeployBlock overrode it): where watchers and log queries start.
func (r *Registry) DeployBlock() uint64 { return r.deployBlock }

// WithDeployBlock returns a handle on the same registry whose log queries and watchers start
// at block n instead of the deployment block (to skip history known to be irrelevant).
func (r *Registry) WithDeployBlock(n uint64) *Registry {
	c := *r
	c.deployBlock = n
	return &c
}

// Sender is the account the registry transacts from (nil if read-only).
func (r *Registry) Sender() *Sender { return r.sender }

// Events is the registry's log decoder.
func (r *Registry) Events() *EventDecoder { return r.events }

// ---------------------------------------------------------------- views

func call[T any](ctx context.Context, r *Registry, what string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := r.client.CallContract(ctx, ethereum.CallMsg{To: &r.addr, Data: data}, nil)
	if err != nil {
		if re := r.errs.FromError(err); re != nil {
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

// HeadTime is the timestamp of the latest block: the clock the registry's deadlines are
// judged by.
func (r *Registry) HeadTime(ctx context.Context) (uint64, error) {
	h, err := r.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("head: %w", err)
	}
	return h.Time, nil
}

// Job returns the job's view; an unknown job fails with RevertError UnknownJob.
func (r *Registry) Job(ctx context.Context, jobID *big.Int) (Job, error) {
	v, err := call(ctx, r, fmt.Sprintf("job %v", jobID), r.abi.PackGetJob(jobID), r.abi.UnpackGetJob)
	if err != nil {
		return Job{}, err
	}
	return jobOf(v), nil
}

// Arbiters returns the job's arbiter set in creation order.
func (r *Registry) Arbiters(ctx context.Context, jobID *big.Int) ([]common.Address, error) {
	return call(ctx, r, fmt.Sprintf("arbiters of job %v", jobID), r.abi.PackGetArbiters(jobID), r.abi.UnpackGetArbiters)
}

// Credits returns the amount who can withdraw.
func (r *Registry) Credits(ctx context.Context, who common.Address) (*big.Int, error) {
	return call(ctx, r, fmt.Sprintf("credits of %s", who), r.abi.PackCredits(who), r.abi.UnpackCredits)
}

// BatchCommitment returns keccak256(batchRoot ‖ uint64 first ‖ uint64 count) of a batch, zero
// if unknown.
func (r *Registry) BatchCommitment(ctx context.Context, jobID *big.Int, batchIndex uint64) ([32]byte, error) {
	return call(ctx, r, fmt.Sprintf("batch %d of job %v", batchIndex, jobID),
		r.abi.PackBatchCommitment(jobID, new(big.Int).SetUint64(batchIndex)), r.abi.UnpackBatchCommitment)
}

// Batches returns the job's committed batches in order, read from IntervalsCommitted logs
// since block fromBlock.
func (r *Registry) Batches(ctx context.Context, jobID *big.Int, fromBlock uint64) ([]BatchRef, error) {
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(fromBlock),
		Addresses: []common.Address{r.addr},
		Topics:    [][]common.Hash{{r.events.Topic("IntervalsCommitted")}, {common.BigToHash(jobID)}},
	}
	logs, err := r.client.FilterLogs(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("batches of job %v: %w", jobID, err)
	}
	out := make([]BatchRef, 0, len(logs))
	for _, l := range logs {
		ev, err := r.events.Decode(l)
		if err != nil {
			return nil, fmt.Errorf("batches of job %v: %w", jobID, err)
		}
		ic, ok := ev.(IntervalsCommitted)
		if !ok {
			return nil, fmt.Errorf("batches of job %v: log %s#%d is a %T", jobID, l.TxHash, l.Index, ev)
		}
		out = append(out, ic.Batch)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Index < out[j].Index })
	return out, nil
}

// FindBatch returns the committed batch that holds endpoint.
func (r *Registry) FindBatch(ctx context.Context, jobID *big.Int, endpoint uint64) (BatchRef, error) {
	batches, err := r.Batches(ctx, jobID, r.deployBlock)
	if err != nil {
		return BatchRef{}, err
	}
	for _, b := range batches {
		if b.Contains(endpoint) {
			return b, nil
		}
	}
	return BatchRef{}, fmt.Errorf("job %v: endpoint %d is not committed", jobID, endpoint)
}

// ---------------------------------------------------------------- transactions

func (r *Registry) transact(ctx context.Context, what string, value *big.Int, data []byte) (*types.Receipt, error) {
	if r.sender == nil {
		return nil, fmt.Errorf("%s: %w", what, ErrReadOnly)
	}
	rcpt, err := r.sender.Send(ctx, &r.addr, value, data)
	if err != nil {
		return rcpt, fmt.Errorf("%s: %w", what, err)
	}
	return rcpt, nil
}

// findEvent returns the first log of rcpt that this registry emitted as the named event.
func findEvent[T any](r *Registry, rcpt *types.Receipt, name string, unpack func(*types.Log) (*T, error)) (*T, error) {
	topic := r.events.Topic(name)
	for _, l := range rcpt.Logs {
		if l.Address == r.addr && len(l.Topics) > 0 && l.Topics[0] == topic {
			return unpack(l)
		}
	}
	return nil, fmt.Errorf("tx %s: no %s event", rcpt.TxHash, name)
}

// CreateJob escrows payment for the job p and returns its id.
func (r *Registry) CreateJob(ctx context.Context, p bindings.JobParams, payment *big.Int) (*big.Int, error) {
	data, err := r.abi.TryPackCreateJob(p)
	if err != nil {
		return nil, fmt.Errorf("create job: %w", err)
	}
	rcpt, err := r.transact(ctx, "create job", payment, data)
	if err != nil {
		return nil, err
	}
	ev, err := findEvent(r, rcpt, "JobCreated", r.abi.UnpackJobCreatedEvent)
	if err != nil {
		return nil, fmt.Errorf("create job: %w", err)
	}
	return ev.JobId, nil
}

// Accept accepts the job as its provider, posting bond and naming the evidence server that
// watchtowers and arbiters will fetch from.
func (r *Registry) Accept(ctx context.Context, jobID, bond *big.Int, evidenceURI string) error {
	data, err := r.abi.TryPackAccept(jobID, evidenceURI)
	if err != nil {
		return fmt.Errorf("accept job %v: %w", jobID, err)
	}
	_, err = r.transact(ctx, fmt.Sprintf("accept job %v", jobID), bond, data)
	return err
}

// CommitIntervals appends roots at the job's next endpoint index, read from the chain. A
// provider that may resend a batch should use CommitIntervalsAt, which cannot append twice.
func (r *Registry) CommitIntervals(ctx context.Context, jobID *big.Int, roots [][32]byte) error {
	j, err := r.Job(ctx, jobID)
	if err != nil {
		return fmt.Errorf("commit intervals: %w", err)
	}
	return r.CommitIntervalsAt(ctx, jobID, j.CommittedEndpoints, roots)
}

// CommitIntervalsAt commits roots as endpoints first, first+1, ...; the registry refuses it
// (UnexpectedFirstIndex) unless first is the next uncommitted endpoint.
func (r *Registry) CommitIntervalsAt(ctx context.Context, jobID *big.Int, first uint64, roots [][32]byte) error {
	if len(roots) == 0 {
		return fmt.Errorf("commit intervals of job %v: no roots", jobID)
	}
	data, err := r.abi.TryPackCommitIntervals(jobID, first, roots)
	if err != nil {
		return fmt.Errorf("commit intervals: %w", err)
	}
	_, err = r.transact(ctx, fmt.Sprintf("commit endpoints %d..%d of job %v", first, first+uint64(len(roots))-1, jobID), nil, data)
	return err
}

// Finalize posts the final-model hash and opens the challenge window.
func (r *Registry) Finalize(ctx context.Context, jobID *big.Int, finalModelHash [32]byte) error {
	_, err := r.transact(ctx, fmt.Sprintf("finalize job %v", jobID), nil, r.abi.PackFinalize(jobID, finalModelHash))
	return err
}

// Settle pays the provider after the challenge window when no dispute is open.
func (r *Registry) Settle(ctx context.Context, jobID *big.Int) error {
	_, err := r.transact(ctx, fmt.Sprintf("settle job %v", jobID), nil, r.abi.PackSettle(jobID))
	return err
}

// Cancel cancels a job never accepted (owner) or not finalized by its deadline (anyone).
func (r *Registry) Cancel(ctx context.Context, jobID *big.Int) error {
	_, err := r.transact(ctx, fmt.Sprintf("cancel job %v", jobID), nil, r.abi.PackCancel(jobID))
	return err
}

// Withdraw pulls all of the sender's credits.
func (r *Registry) Withdraw(ctx context.Context) error {
	_, err := r.transact(ctx, "withdraw", nil, r.abi.PackWithdraw())
	return err
}

package eval

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ovig/ovig/evidence"
	"github.com/ovig/ovig/node/attack"
	"github.com/ovig/ovig/prover/boundary"
	"github.com/ovig/ovig/prover/calibrate"
	"github.com/ovig/ovig/prover/data"
	"github.com/ovig/ovig/prover/numeric"
	"github.com/ovig/ovig/prover/replay"
	"github.com/ovig/ovig/prover/workload"
)

// StrideAxis is the stride axis of one workload. Each stride s gets its own boundary, as
// `ovig calibrate --strides s --steps Steps` makes it (calibrate.Schedule endpoints and
// held-out time, the one-step check at stride 1 included) on a reference run of seed 0. One
// honest provider per held-out profile trains the whole Steps-step job of Config.Seed once;
// at every stride every interval goes through the interval filter (the interval check at s
// and the endpoint check at its end), and OneSteps steps spread over the job through the
// one-step check of step-level disputes (one step replayed from the provider's state j
// against its state j+1, and the endpoint check there). Each attack is applied from the honest
// reference state at the job's middle step (a step-level dispute judges step j from the
// provider's own state j, whatever trajectory led there, so the attacks share the honest run's
// first half) and judged by the one-step check at its first tampered step.
type StrideAxis struct {
	Workload string
	Steps    uint64
	Batch    uint64 // 0: the workload's
	Strides  []uint64
	// Shared are groups of strides calibrated together into one boundary (`ovig calibrate
	// --strides 1000,2000`), at their common endpoints, each replay capturing every stride of
	// its group on the way; each other stride alone. Replays of the long strides under the
	// emulated GEMM orders dominate the axis's cost.
	Shared [][]uint64
	// HeldOut and Calibration are profile names. Honest providers train under each held-out
	// profile, which calibration never fits on. Emulated GEMM orders replay 10-100x slower
	// than the default kernel, so the axis names its profiles rather than taking the whole
	// catalogue.
	HeldOut, Calibration []string
	OneSteps             int // honest steps per held-out profile under the one-step check
	CalOneStepEvery      int // calibrate.Config.OneStepEvery (0: its default)
	Attacks              []string
	Strength             float64
}

// StrideAxisReport is one workload's stride axis.
type StrideAxisReport struct {
	Workload    string       `json:"workload"`
	Steps       uint64       `json:"steps"`
	Batch       uint64       `json:"batch"`
	Seed        uint64       `json:"seed"`
	HeldOut     []string     `json:"held_out"`
	Calibration []string     `json:"calibration"`
	Rows        []StrideRow  `json:"rows"`
	Attacks     []StepAttack `json:"attacks"`
	// Honest is the delivered model of an honest run of the job under the reference profile;
	// Adaptive the adaptive gradient-scale attacker under each stride's boundary, Backdoor the
	// adaptive backdoor attacker (classifiers only).
	Honest   ModelEval      `json:"honest_model"`
	Adaptive []AdaptiveStep `json:"adaptive"`
	Backdoor []BackdoorStep `json:"adaptive_backdoor,omitempty"`
	Seconds  float64        `json:"seconds"`
}

// StrideRow is one stride: the interval filter and the one-step check under that stride's
// boundary.
type StrideRow struct {
	Stride        uint64   `json:"stride"`
	CalStrides    []uint64 `json:"calibration_strides"` // its boundary's strides (besides 1)
	ArtifactHash  string   `json:"artifact_hash"`
	CalEndpoints  []uint64 `json:"calibration_endpoints"`
	CalHeldOut    []uint64 `json:"calibration_held_out_time"`
	CalOneSteps   int      `json:"calibration_one_steps"`
	Intervals     int      `json:"intervals"` // honest intervals through the filter, all held-out profiles
	FilterFlagged int      `json:"filter_flagged"`
	// FilterWorst is the honest interval that came closest to (or beyond) the filter's bounds.
	FilterWorst boundary.Excess `json:"filter_worst"`
	OneSteps    int             `json:"one_steps"` // honest steps through the one-step check
	OneFlagged  int             `json:"one_step_flagged"`
	OneWorst    boundary.Excess `json:"one_step_worst"`
	// CalOneStep is calibration's own one-step check of its held-out profiles, at calibrated
	// steps and at held-out time.
	CalOneStep calibrate.OneStepReport `json:"calibration_one_step"`
	// Attacked and Detected count attacks judged at their tampered step; MinSeparation is the
	// smallest distance/bound among them (the separation of the weakest).
	Attacked      int     `json:"attacked"`
	Detected      int     `json:"detected"`
	MinSeparation float64 `json:"min_separation"`
}

// AdaptiveStep is the adaptive attacker of the stride axis under one stride's boundary: it
// knows the boundary and scales the gradient by 1 + Eps before one update, Eps the largest
// the one-step check accepts at the job's middle step (bisected in log scale; Rejected is the
// smallest scale found rejected). Step-level disputes judge each step alone, so Model is the
// delivered model when that scale is applied at every step of the job: an upper bound on what
// an attacker below the one-step check achieves.
type AdaptiveStep struct {
	Stride   uint64    `json:"stride"`
	Eps      float64   `json:"eps"`
	Ratio    float64   `json:"ratio"` // distance/bound of the accepted manipulation
	Rejected float64   `json:"rejected"`
	Trials   int       `json:"trials"`
	Model    ModelEval `json:"model"`
}

// StepAttack is one attack judged by the one-step check at one tampered step, under every
// stride's boundary.
type StepAttack struct {
	Attack   string        `json:"attack"`
	Strength float64       `json:"strength"`
	Step     uint64        `json:"step"` // the tampered step j: judged from state j to j+1
	Touched  bool          `json:"touched"`
	ByStride []StepVerdict `json:"by_stride"`
}

// StepVerdict is the one-step check's verdict on one step under one stride's boundary.
type StepVerdict struct {
	Stride uint64          `json:"stride"`
	Fraud  bool            `json:"fraud"`
	Worst  boundary.Excess `json:"worst"`
}

func (sa StrideAxis) validate() error {
	if !slices.Contains(workload.Names(), sa.Workload) {
		return fmt.Errorf("unknown workload")
	}
	if len(sa.Strides) == 0 || !slices.IsSorted(sa.Strides) || sa.Strides[0] < 2 {
		return fmt.Errorf("strides %v: want ascending, above 1", sa.Strides)
	}
	seen := map[uint64]bool{}
	for _, g := range sa.Shared {
		for _, s := range g {
			if !slices.Contains(sa.Strides, s) || !slices.IsSorted(g) || seen[s] {
				return fmt.Errorf("shared strides %v: want ascending groups, each stride among %v and in one group", sa.Shared, sa.Strides)
			}
			seen[s] = true
		}
	}
	for _, s := range sa.Strides {
		if sa.Steps%s != 0 || sa.Steps/s < 2 {
			return fmt.Errorf("stride %d must divide %d steps into at least two intervals", s, sa.Steps)
		}
	}
	held, err := profileList(sa.HeldOut)
	if err != nil || len(held) == 0 {
		return fmt.Errorf("held-out profiles %v: %v", sa.HeldOut, err)
	}
	if _, err := profileList(sa.Calibration); err != nil || len(sa.Calibration) == 0 {
		return fmt.Errorf("calibration profiles %v: %v", sa.Calibration, err)
	}
	if sa.OneSteps < 1 || uint64(sa.OneSteps) > sa.Steps {
		return fmt.Errorf("%d one-step samples in %d steps", sa.OneSteps, sa.Steps)
	}
	if !(sa.Strength > 0 && sa.Strength <= 1) {
		return fmt.Errorf("strength %v not in (0, 1]", sa.Strength)
	}
	return nil
}

// stridePlan is the axis set up: the job, per-stride artifacts and profiles.
type stridePlan struct {
	sa      StrideAxis
	single  *workload.Job // stride 1, the provider's job
	arts    map[uint64]*boundary.Artifact
	ref     numeric.Profile
	held    []numeric.Profile
	epNames []string
	ivNames []string
	test    *data.Images // a classifier's test split, for backdoor success; nil otherwise
}

func runStrideAxis(ctx context.Context, src *data.Sources, sa StrideAxis, seed uint64, logf func(string, ...any)) (*StrideAxisReport, error) {
	t0 := time.Now()
	pl := &stridePlan{sa: sa, arts: map[uint64]*boundary.Artifact{}}
	pol := numeric.Policy{}
	pl.ref = pol.Reference()
	var err error
	if pl.held, err = profileList(sa.HeldOut); err != nil {
		return nil, err
	}
	cal, err := profileList(sa.Calibration)
	if err != nil {
		return nil, err
	}
	m0, err := workload.NewManifest(sa.Workload, src, workload.Options{Steps: sa.Steps, Stride: 1, BatchSize: sa.Batch, Seed: 0, Policy: pol})
	if err != nil {
		return nil, err
	}
	out := &StrideAxisReport{Workload: sa.Workload, Steps: sa.Steps, Batch: m0.Schedule.BatchSize, Seed: seed, HeldOut: sa.HeldOut, Calibration: sa.Calibration}
	if err != nil {
		return nil, err
	}
	groups := slices.Clone(sa.Shared)
	for _, s := range sa.Strides {
		if !slices.ContainsFunc(sa.Shared, func(g []uint64) bool { return slices.Contains(g, s) }) {
			groups = append(groups, []uint64{s})
		}
	}
	rows := map[uint64]StrideRow{}
	for _, g := range groups {
		eps, held, err := calibrate.Schedule(sa.Steps, g, 0, 0)
		if err != nil {
			return nil, fmt.Errorf("strides %v: %w", g, err)
		}
		held = slices.DeleteFunc(held, func(st uint64) bool { return slices.Contains(eps, st) })
		logf("eval strides %s: %d steps, s=%v: calibrating on %v, held-out time %v", sa.Workload, sa.Steps, g, eps, held)
		a, rep, err := calibrate.Run(ctx, calibrate.Config{Manifest: m0, Data: src, Strides: g, Endpoints: eps, HeldOutTime: held,
			Profiles: cal, HeldOut: pl.held, OneStepEvery: sa.CalOneStepEvery, Workers: 2})
		if err != nil {
			return nil, fmt.Errorf("strides %v: %w", g, err)
		}
		h, err := a.Hash()
		if err != nil {
			return nil, err
		}
		for _, s := range g {
			pl.arts[s] = a
			rows[s] = StrideRow{Stride: s, CalStrides: g, ArtifactHash: h.String(), CalEndpoints: eps, CalHeldOut: held, CalOneSteps: len(rep.OneStepSteps),
				CalOneStep: rep.OneStep, FilterWorst: boundary.Excess{Ratio: -1}, OneWorst: boundary.Excess{Ratio: -1}, MinSeparation: math.Inf(1)}
		}
	}
	for _, s := range sa.Strides {
		out.Rows = append(out.Rows, rows[s])
	}
	m, err := workload.NewManifest(sa.Workload, src, workload.Options{Steps: sa.Steps, Stride: 1, BatchSize: sa.Batch, Seed: seed, Policy: pol})
	if err != nil {
		return nil, err
	}
	if pl.single, err = workload.Open(m, src); err != nil {
		return nil, err
	}
	if pl.test, err = classifierTest(src, sa.Workload); err != nil {
		return nil, err
	}
	a := pl.arts[sa.Strides[0]]
	if pl.epNames, err = a.TensorNames(boundary.CheckEndpoint, 1); err != nil {
		return nil, err
	}
	if pl.ivNames, err = a.TensorNames(boundary.CheckInterval, boundary.OneStep); err != nil {
		return nil, err
	}
	for _, p := range pl.held {
		logf("eval strides %s: honest provider under held-out %s, every interval of every stride and %d steps audited", sa.Workload, p, sa.OneSteps)
		if err := pl.honest(ctx, p, out.Rows); err != nil {
			return nil, err
		}
	}
	logf("eval strides %s: honest run under the reference profile (the attacks start from its middle step)", sa.Workload)
	mid, err := pl.honestRun(ctx)
	if err != nil {
		return nil, err
	}
	for _, name := range sa.Attacks {
		logf("eval strides %s: attack %s:%g at one step", sa.Workload, name, sa.Strength)
		at, err := pl.stepAttack(ctx, src, mid, attack.Behaviour{Name: name, Strength: sa.Strength})
		if err != nil {
			return nil, fmt.Errorf("attack %s: %w", name, err)
		}
		out.Attacks = append(out.Attacks, *at)
		for i, v := range at.ByStride {
			if !at.Touched {
				continue
			}
			r := &out.Rows[i]
			r.Attacked++
			if v.Fraud {
				r.Detected++
			}
			r.MinSeparation = min(r.MinSeparation, v.Worst.Ratio)
		}
	}
	for i := range out.Rows {
		if out.Rows[i].Attacked == 0 {
			out.Rows[i].MinSeparation = 0
		}
	}
	out.Honest = mid.model
	logf("eval strides %s: adaptive gradient-scale attacker per stride's one-step check", sa.Workload)
	if out.Adaptive, err = pl.adaptive(ctx, mid.state); err != nil {
		return nil, fmt.Errorf("adaptive: %w", err)
	}
	if pl.test != nil {
		logf("eval strides %s: adaptive backdoor attacker per stride's one-step check", sa.Workload)
		if out.Backdoor, err = pl.backdoor(ctx, mid.probes); err != nil {
			return nil, fmt.Errorf("adaptive backdoor: %w", err)
		}
	}
	out.Seconds = time.Since(t0).Seconds()
	return out, nil
}

func profileList(names []string) ([]numeric.Profile, error) {
	out := make([]numeric.Profile, len(names))
	for i, n := range names {
		p, err := numeric.ParseProfile(n)
		if err != nil {
			return nil, err
		}
		out[i] = p
	}
	return out, nil
}

// judge is the one-step check of the step from start to end under a: the endpoint check of
// end and the interval check at stride boundary.OneStep, replayed under the reference profile.
func (pl *stridePlan) judge(ctx context.Context, a *boundary.Artifact, start, end *evidence.Endpoint) (boundary.Verdict, error) {
	rp, err := pl.replayStep(ctx, start, end)
	if err != nil {
		return boundary.Verdict{}, err
	}
	return rp.verdict(a, boundary.OneStep)
}

// pairReplay is what judging one pair of endpoints compares: the committed and the replayed
// tensors of the endpoint check and of the interval check. One replay serves every boundary.
type pairReplay struct {
	epRef, epGot, ivRef, ivGot map[string][]float32
}

// replayStep recomputes the gradient at end and replays the step from start, under the
// reference profile.
func (pl *stridePlan) replayStep(ctx context.Context, start, end *evidence.Endpoint) (*pairReplay, error) {
	g, err := replay.Gradient(pl.single, end, pl.ref)
	if err != nil {
		return nil, err
	}
	rp := &pairReplay{epGot: make(map[string][]float32, len(g))}
	for name, x := range g {
		rp.epGot[boundary.PrefixGradient+name] = x
	}
	if rp.epRef, err = boundary.Tensors(end, pl.epNames); err != nil {
		return nil, err
	}
	next, err := replay.Interval(ctx, pl.single, start, pl.ref, nil)
	if err != nil {
		return nil, err
	}
	if rp.ivGot, err = boundary.Tensors(next, pl.ivNames); err != nil {
		return nil, err
	}
	if rp.ivRef, err = boundary.Tensors(end, pl.ivNames); err != nil {
		return nil, err
	}
	return rp, nil
}

// verdict is the two checks of rp, an interval of s steps, taken together under a.
func (rp *pairReplay) verdict(a *boundary.Artifact, s uint64) (boundary.Verdict, error) {
	ev, err := a.Compare(boundary.CheckEndpoint, 1, rp.epRef, rp.epGot)
	if err != nil {
		return boundary.Verdict{}, err
	}
	iv, err := a.Compare(boundary.CheckInterval, s, rp.ivRef, rp.ivGot)
	if err != nil {
		return boundary.Verdict{}, err
	}
	v := boundary.Verdict{Fraud: ev.Fraud || iv.Fraud, Worst: ev.Worst}
	if iv.Worst.Ratio > v.Worst.Ratio {
		v.Worst = iv.Worst
	}
	return v, nil
}

// honest trains one honest provider under p over the whole job and audits, on two goroutines
// while it trains, every interval of every stride (filter) and the one-step steps under every
// stride's boundary, adding the counts to rows. Intervals of several strides that start at the
// same step share one replay (the shorter is the first part of the longer, bit for bit), and
// the endpoint check at a step serves every interval that ends there.
func (pl *stridePlan) honest(ctx context.Context, p numeric.Profile, rows []StrideRow) error {
	sa := pl.sa
	tr, err := pl.single.Init()
	if err != nil {
		return err
	}
	oneAt := map[uint64]bool{}
	for i := range uint64(sa.OneSteps) {
		oneAt[(2*i+1)*sa.Steps/(2*uint64(sa.OneSteps))] = true
	}
	// replays[s] is the replay of the current interval of stride s, from its start.
	replays := map[uint64]*future{}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	fail := func(err error) {
		mu.Lock()
		first = cmp.Or(first, err)
		mu.Unlock()
	}
	slots := make(chan struct{}, 2) // also bounds the endpoints held for audits
	audit := func(f func() error) {
		slots <- struct{}{}
		wg.Go(func() {
			defer func() { <-slots }()
			if err := f(); err != nil {
				fail(err)
			}
		})
	}
	var prev *evidence.Endpoint // state of the previous step, when it was a one-step start
	for step := uint64(0); step <= sa.Steps; step++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		if step > 0 {
			if _, err := tr.Train(p, 1, nil); err != nil {
				return err
			}
		}
		var ending, starting []uint64 // strides whose interval ends, or starts, at this step
		for _, s := range sa.Strides {
			if step%s == 0 && step > 0 {
				ending = append(ending, s)
			}
			if step%s == 0 && step+s <= sa.Steps {
				starting = append(starting, s)
			}
		}
		if len(ending) == 0 && len(starting) == 0 && !oneAt[step] && prev == nil {
			continue
		}
		ep, err := tr.Capture(p, step)
		if err != nil {
			return err
		}
		if start := prev; start != nil {
			audit(func() error {
				rp, err := pl.replayStep(ctx, start, ep)
				if err != nil {
					return fmt.Errorf("one step %d: %w", start.Metadata.Step, err)
				}
				for i, s := range sa.Strides {
					v, err := rp.verdict(pl.arts[s], boundary.OneStep)
					if err != nil {
						return fmt.Errorf("one step %d: %w", start.Metadata.Step, err)
					}
					mu.Lock()
					r := &rows[i]
					r.OneSteps++
					if v.Fraud {
						r.OneFlagged++
					}
					if v.Worst.Ratio > r.OneWorst.Ratio {
						r.OneWorst = v.Worst
					}
					mu.Unlock()
				}
				return nil
			})
		}
		prev = nil
		if oneAt[step] && step < sa.Steps {
			prev = ep
		}
		if len(ending) > 0 {
			got := map[uint64]*future{}
			for _, s := range ending {
				got[s] = replays[s]
			}
			// The replays it waits for were started earlier and hold their own slots.
			audit(func() error { return pl.filter(ep, ending, got, rows, &mu) })
		}
		if len(starting) > 0 {
			fs := map[uint64]*future{}
			for _, s := range starting {
				fs[s] = &future{done: make(chan struct{})}
				replays[s] = fs[s]
			}
			audit(func() error {
				err := pl.replayNested(ctx, ep, starting, fs)
				if err != nil {
					for _, f := range fs {
						f.set(nil, err) // no waiter may block on a replay that failed
					}
				}
				return err
			})
		}
	}
	wg.Wait()
	return first
}

// future is the compared tensors of one replayed interval, once its replay is done.
type future struct {
	done chan struct{}
	once sync.Once
	got  map[string][]float32
	err  error
}

func (f *future) set(got map[string][]float32, err error) {
	f.once.Do(func() {
		f.got, f.err = got, err
		close(f.done)
	})
}

func (f *future) wait() (map[string][]float32, error) {
	<-f.done
	return f.got, f.err
}

// replayNested replays from start under the reference profile up to the longest of strides
// (ascending), handing each stride's replayed tensors to its future on the way.
func (pl *stridePlan) replayNested(ctx context.Context, start *evidence.Endpoint, strides []uint64, fs map[uint64]*future) error {
	t, err := pl.single.Restore(start)
	if err != nil {
		return err
	}
	for _, s := range strides {
		for t.Step() < start.Metadata.Step+s {
			if err := ctx.Err(); err != nil {
				return err
			}
			if _, err := t.Train(pl.ref, 1, nil); err != nil {
				return fmt.Errorf("interval from step %d at s=%d: %w", start.Metadata.Step, s, err)
			}
		}
		next, err := t.CaptureStep(pl.ref)
		if err != nil {
			return err
		}
		got, err := boundary.Tensors(next, pl.ivNames)
		if err != nil {
			return err
		}
		fs[s].set(got, nil)
	}
	return nil
}

// filter is the interval filter of every interval that ends at end: the endpoint check there
// (one gradient for all of them) and each interval check against its replay.
func (pl *stridePlan) filter(end *evidence.Endpoint, strides []uint64, replays map[uint64]*future, rows []StrideRow, mu *sync.Mutex) error {
	g, err := replay.Gradient(pl.single, end, pl.ref)
	if err != nil {
		return err
	}
	rp := &pairReplay{epGot: make(map[string][]float32, len(g))}
	for name, x := range g {
		rp.epGot[boundary.PrefixGradient+name] = x
	}
	if rp.epRef, err = boundary.Tensors(end, pl.epNames); err != nil {
		return err
	}
	if rp.ivRef, err = boundary.Tensors(end, pl.ivNames); err != nil {
		return err
	}
	for _, s := range strides {
		k := end.Metadata.Step/s - 1
		if rp.ivGot, err = replays[s].wait(); err != nil {
			return fmt.Errorf("interval %d at s=%d: %w", k, s, err)
		}
		v, err := rp.verdict(pl.arts[s], s)
		if err != nil {
			return fmt.Errorf("interval %d at s=%d: %w", k, s, err)
		}
		i := slices.Index(pl.sa.Strides, s)
		mu.Lock()
		r := &rows[i]
		r.Intervals++
		if v.Fraud {
			r.FilterFlagged++
		}
		if v.Worst.Ratio > r.FilterWorst.Ratio {
			r.FilterWorst = v.Worst
		}
		mu.Unlock()
	}
	return nil
}

// maxAttackSearch bounds how many steps after the job's middle an attack may leave untouched
// before it is reported as never tampering.
const maxAttackSearch = 200

// stepAttack trains a provider with behaviour b (under b's profile) from the honest state at
// the job's middle step to the first step that b tampers with, and judges that step with the
// one-step check under every stride's boundary.
func (pl *stridePlan) stepAttack(ctx context.Context, src *data.Sources, mid *midRun, b attack.Behaviour) (*StepAttack, error) {
	out := &StepAttack{Attack: b.Name, Strength: b.Strength}
	tr, err := pl.single.Restore(mid.state)
	if err != nil {
		return nil, err
	}
	if b.Name == "gradnoise" || b.Name == "gradbias" {
		b.Params = lastLayer(mid.state)
	}
	if b.Name == "substitute" {
		if b.Foreign, _, err = src.Fashion(); err != nil {
			return nil, err
		}
	}
	touched := map[uint64]bool{}
	hooks := track(b.Hooks(), func(step uint64) { touched[step] = true })
	prof := b.Profile(pl.ref)
	if hooks == nil && prof == pl.ref {
		// It forges endpoints (pad, interpolate, gradforge): no training step of its own to judge.
		for _, s := range pl.sa.Strides {
			out.ByStride = append(out.ByStride, StepVerdict{Stride: s})
		}
		return out, nil
	}
	for range maxAttackSearch {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		start, err := tr.Capture(prof, tr.Step())
		if err != nil {
			return nil, err
		}
		j := tr.Step()
		if _, err := tr.Train(prof, 1, hooks); err != nil {
			return nil, err
		}
		if !touched[j] && prof == pl.ref {
			continue
		}
		end, err := tr.Capture(prof, tr.Step())
		if err != nil {
			return nil, err
		}
		out.Step, out.Touched = j, true
		rp, err := pl.replayStep(ctx, start, end)
		if err != nil {
			return nil, err
		}
		for _, s := range pl.sa.Strides {
			v, err := rp.verdict(pl.arts[s], boundary.OneStep)
			if err != nil {
				return nil, err
			}
			out.ByStride = append(out.ByStride, StepVerdict{Stride: s, Fraud: v.Fraud, Worst: v.Worst})
		}
		return out, nil
	}
	for _, s := range pl.sa.Strides {
		out.ByStride = append(out.ByStride, StepVerdict{Stride: s})
	}
	return out, nil
}

// scaled scales every gradient by 1+eps before the update.
func scaled(eps float64) *workload.Hooks {
	f := float32(1 + eps)
	return &workload.Hooks{Grad: func(_ uint64, grads map[string][]float32) {
		for _, g := range grads {
			for i := range g {
				g[i] *= f
			}
		}
	}}
}

// midRun is the honest run of the job under the reference profile: its state at the middle
// step, where the attacks start, its states at the probe steps of the adaptive backdoor
// attacker, and its delivered model.
type midRun struct {
	state  *evidence.Endpoint
	probes []*evidence.Endpoint
	model  ModelEval
}

func (pl *stridePlan) honestRun(ctx context.Context) (*midRun, error) {
	tr, err := pl.single.Init()
	if err != nil {
		return nil, err
	}
	out := &midRun{}
	for _, at := range probeSteps(pl.sa.Steps) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if _, err := tr.Train(pl.ref, at-tr.Step(), nil); err != nil {
			return nil, fmt.Errorf("honest run: %w", err)
		}
		ep, err := tr.CaptureStep(pl.ref)
		if err != nil {
			return nil, err
		}
		out.probes = append(out.probes, ep)
		if at == pl.sa.Steps/2 {
			out.state = ep
		}
	}
	if _, err := tr.Train(pl.ref, pl.sa.Steps-tr.Step(), nil); err != nil {
		return nil, fmt.Errorf("honest run: %w", err)
	}
	if out.model, err = pl.evaluate(tr); err != nil {
		return nil, err
	}
	return out, nil
}

// adaptive bisects, per stride, the largest gradient scale the one-step check accepts at the
// honest middle state mid, and trains the job with it at every step.
func (pl *stridePlan) adaptive(ctx context.Context, mid *evidence.Endpoint) ([]AdaptiveStep, error) {
	var out []AdaptiveStep
	for _, s := range pl.sa.Strides {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		as := AdaptiveStep{Stride: s}
		try := func(eps float64) (boundary.Verdict, error) {
			as.Trials++
			tr, err := pl.single.Restore(mid)
			if err != nil {
				return boundary.Verdict{}, err
			}
			if _, err := tr.Train(pl.ref, 1, scaled(eps)); err != nil {
				return boundary.Verdict{}, err
			}
			end, err := tr.CaptureStep(pl.ref)
			if err != nil {
				return boundary.Verdict{}, err
			}
			return pl.judge(ctx, pl.arts[s], mid, end)
		}
		lo, hi := 1e-12, 1.0 // accepted, rejected
		v, err := try(hi)
		if err != nil {
			return nil, err
		}
		if !v.Fraud {
			lo = hi
		}
		for range 24 {
			if hi/lo < 1.1 {
				break
			}
			m := math.Sqrt(lo * hi)
			v, err := try(m)
			if err != nil {
				return nil, err
			}
			if v.Fraud {
				hi = m
			} else {
				lo, as.Ratio = m, v.Worst.Ratio
			}
		}
		as.Eps, as.Rejected = lo, hi
		tr, err := pl.single.Init()
		if err != nil {
			return nil, err
		}
		if _, err := tr.Train(pl.ref, pl.sa.Steps, scaled(lo)); err != nil {
			return nil, err
		}
		if as.Model, err = pl.evaluate(tr); err != nil {
			return nil, err
		}
		out = append(out, as)
	}
	return out, nil
}

// strideMarkdown is the report section of the stride axis.
func strideMarkdown(rs []StrideAxisReport) string {
	if len(rs) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\n## Stride axis\n\nPer stride s, a boundary from `ovig calibrate --strides <its group> --steps <job length>` (the column \"boundary's strides\"; reference run of seed 0, the named profiles); honest providers under held-out profiles on a job of another seed. The interval filter is the interval check at s with the endpoint check at its end, over every interval; the one-step check is the check of step-level disputes (one step replayed from the provider's state j against its state j+1, with the endpoint check there), over steps spread over the whole job; attacks start from the honest run's state at the job's middle step and are judged by the one-step check at their first tampered step. Every figure is for the stride and job length on its row.\n")
	for _, r := range rs {
		fmt.Fprintf(&b, "\n**%s, job of %d steps at batch %d, seed %d** (%.0f s); held out: %s; calibrated on: %s\n\n", r.Workload, r.Steps, r.Batch, r.Seed, r.Seconds,
			strings.Join(r.HeldOut, ", "), strings.Join(r.Calibration, ", "))
		b.WriteString("| stride | job steps | boundary's strides | interval filter: honest intervals flagged | worst distance/bound | one-step check: honest steps flagged | worst | calibration's one-step check: held-out steps / held-out time flagged | attacks caught by the one-step check | smallest separation |\n|---|---|---|---|---|---|---|---|---|---|\n")
		for _, row := range r.Rows {
			c := row.CalOneStep
			fmt.Fprintf(&b, "| %d | %d | %v | %d of %d (%.3g) | %.3g (%s %s) | %d of %d (%.3g) | %.3g (%s %s) | %d of %d (worst %.3g) / %d of %d (worst %.3g, %s %s) | %d of %d | %.3g |\n",
				row.Stride, r.Steps, row.CalStrides, row.FilterFlagged, row.Intervals, rate(row.FilterFlagged, row.Intervals), row.FilterWorst.Ratio, row.FilterWorst.Tensor, row.FilterWorst.Metric,
				row.OneFlagged, row.OneSteps, rate(row.OneFlagged, row.OneSteps), row.OneWorst.Ratio, row.OneWorst.Tensor, row.OneWorst.Metric,
				c.FalsePositives, c.HeldOutChecks, c.Worst.Ratio, c.HeldOutTimeFalsePositives, c.HeldOutTimeChecks, c.WorstHeldOutTime.Ratio, c.WorstHeldOutTime.Tensor, c.WorstHeldOutTime.Metric,
				row.Detected, row.Attacked, row.MinSeparation)
		}
		if len(r.Attacks) > 0 {
			b.WriteString("\n| attack | strength | step | caught (one-step check, per stride) | distance/bound (per stride) |\n|---|---|---|---|---|\n")
			for _, a := range r.Attacks {
				if !a.Touched {
					fmt.Fprintf(&b, "| %s | %g | no tampered training step (it forges endpoints, or none within %d steps of the middle) | | |\n", a.Attack, a.Strength, maxAttackSearch)
					continue
				}
				var caught, ratios []string
				for _, v := range a.ByStride {
					caught = append(caught, fmt.Sprintf("s=%d %v", v.Stride, v.Fraud))
					ratios = append(ratios, fmt.Sprintf("%.3g", v.Worst.Ratio))
				}
				fmt.Fprintf(&b, "| %s | %g | %d | %s | %s |\n", a.Attack, a.Strength, a.Step, strings.Join(caught, ", "), strings.Join(ratios, " / "))
			}
		}
		if len(r.Adaptive) > 0 {
			fmt.Fprintf(&b, "\nAdaptive attacker (knows the boundary): the largest gradient scale 1+eps the one-step check accepts at step %d, and the delivered model when it is applied at every one of the %d steps; honest model: %s.\n\n", r.Steps/2, r.Steps, modelText(r.Honest))
			b.WriteString("| boundary of stride | accepted eps | its distance/bound | rejected at | trials | delivered model with eps at every step |\n|---|---|---|---|---|---|\n")
			for _, a := range r.Adaptive {
				fmt.Fprintf(&b, "| %d | %.3g | %.3g | %.3g | %d | %s |\n", a.Stride, a.Eps, a.Ratio, a.Rejected, a.Trials, modelText(a.Model))
			}
		}
		b.WriteString(backdoorMarkdown(r))
	}
	return b.String()
}

func modelText(m ModelEval) string {
	s := fmt.Sprintf("loss %.4f", m.Loss)
	if m.Accuracy != nil {
		s += fmt.Sprintf(", accuracy %.4f", *m.Accuracy)
	}
	if m.Backdoor != nil {
		s += fmt.Sprintf(", backdoor success %.4f", *m.Backdoor)
	}
	return s
}

func rate(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}
